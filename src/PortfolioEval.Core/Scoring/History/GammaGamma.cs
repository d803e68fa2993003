namespace PortfolioEval.Scoring.History;

/// <summary>
/// Gamma-Gamma parameters (Fader &amp; Hardie 2013): a client's purchases are Gamma(p, ν) amounts; ν ~ Gamma(q, γ)
/// across clients. γ is in money, so it only means something in the currency it was fitted in.
/// </summary>
public sealed record GammaGammaParameters(double P, double Q, double Gamma)
{
    /// <summary>The mean spend per purchase across clients, γp / (q − 1); infinite when q ≤ 1.</summary>
    public double PopulationMeanSpend() => Q > 1 ? Gamma * P / (Q - 1) : double.PositiveInfinity;
}

/// <summary>
/// The Gamma-Gamma model of spend per purchase: fitted on the clients with repeat purchases, on the mean of those
/// purchases; a client's expected spend is its own mean shrunk towards the population's, the more the fewer
/// purchases it rests on. Fader &amp; Hardie, "The Gamma-Gamma Model of Monetary Value", 2013.
/// </summary>
public static class GammaGamma
{
    /// <summary>ln f(m̄ | x) of one client with x ≥ 1 purchases of mean m̄ &gt; 0.</summary>
    public static double LogLikelihood(GammaGammaParameters g, int purchases, double meanSpend)
    {
        ArgumentNullException.ThrowIfNull(g);
        double px = g.P * purchases;
        return LogLikelihood(g, px, PurchasesPart(g, px), px * Math.Log(purchases), Math.Log(meanSpend), purchases * meanSpend);
    }

    /// <summary>ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ: the head of a client's ln f that depends on its purchases alone.</summary>
    internal static double PurchasesPart(GammaGammaParameters g, double px) =>
        SpecialFunctions.LogGamma(px + g.Q) - SpecialFunctions.LogGamma(px) - SpecialFunctions.LogGamma(g.Q) + g.Q * Math.Log(g.Gamma);

    /// <summary>
    /// ln f of one client from the parts a fit works out once (per number of purchases: <paramref name="purchasesPart"/>
    /// and px ln x; per client: ln m̄ and x·m̄), with the same operations in the same order as for one client alone.
    /// </summary>
    internal static double LogLikelihood(GammaGammaParameters g, double px, double purchasesPart, double pxLogPurchases, double logMeanSpend, double totalSpend) =>
        purchasesPart + (px - 1) * logMeanSpend + pxLogPurchases - (px + g.Q) * Math.Log(g.Gamma + totalSpend);

    /// <summary>E[M | x, m̄] = (γ + x·m̄)·p / (p·x + q − 1): the population mean when the client has no purchases to go on.</summary>
    public static double ExpectedSpend(GammaGammaParameters g, int purchases, double meanSpend)
    {
        ArgumentNullException.ThrowIfNull(g);
        return (g.Gamma + purchases * meanSpend) * g.P / (g.P * purchases + g.Q - 1);
    }

    /// <summary>What the model is fitted on: the clients with a repeat purchase and a positive mean, as (repeat purchases, their mean).</summary>
    public static IReadOnlyList<(int Purchases, double MeanSpend)> Spenders(IEnumerable<ClientHistory> histories) =>
        [.. histories.Where(h => h.Frequency > 0 && h.MeanRepeatSpend > 0).Select(h => (h.Frequency, h.MeanRepeatSpend))];

    /// <summary>Maximum-likelihood parameters from (purchases, mean spend) pairs, searched on log-parameters.</summary>
    public static (GammaGammaParameters Parameters, double LogLikelihood) Fit(IReadOnlyList<(int Purchases, double MeanSpend)> spenders, GammaGammaParameters start)
    {
        ArgumentNullException.ThrowIfNull(spenders);
        ArgumentNullException.ThrowIfNull(start);
        static GammaGammaParameters Of(double[] v) => new(Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]));
        double[] point = [Math.Log(start.P), Math.Log(start.Q), Math.Log(start.Gamma)];
        var value = 0.0;
        var likelihood = new GammaGammaLikelihood(spenders);
        for (var round = 0; round < 2; round++)
            (point, value) = NelderMead.Minimise(v => -likelihood.Of(Of(v)), point, step: round == 0 ? 0.5 : 0.05);
        return (Of(point), -value);
    }
}

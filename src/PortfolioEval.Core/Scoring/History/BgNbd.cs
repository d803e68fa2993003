namespace PortfolioEval.Scoring.History;

/// <summary>
/// BG/NBD parameters (Fader, Hardie &amp; Lee 2005): while alive a client buys at a Poisson rate λ ~ Gamma(r, α)
/// (α in weeks); after each purchase it drops out with probability p ~ Beta(a, b).
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B);

/// <summary>
/// The BG/NBD model: likelihood, fit, probability of being alive and expected purchases, each written in logs where
/// the papers' products of gamma functions would overflow. Formulas: Fader, Hardie &amp; Lee, "Counting your customers
/// the easy way", Marketing Science 24(2), 2005, equations (6), (10) and (11).
/// </summary>
public static class BgNbd
{
    /// <summary>ln L of one client: ln[A₁·A₂·(A₃ + δ(x&gt;0)·A₄)] of the paper.</summary>
    public static double LogLikelihood(BgNbdParameters p, ClientHistory h)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(h);
        var x = h.Frequency;
        return LogLikelihood(p, x, FrequencyPart(p, x), DropoutPart(p, x), h.Recency, h.Age);
    }

    public static double LogLikelihood(BgNbdParameters p, IEnumerable<ClientHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        return histories.Sum(h => LogLikelihood(p, h));
    }

    /// <summary>ln A₁ + ln A₂: the part of a client's ln L that depends on its frequency x alone.</summary>
    internal static double FrequencyPart(BgNbdParameters p, int x) =>
        SpecialFunctions.LogGamma(p.R + x) - SpecialFunctions.LogGamma(p.R) + p.R * Math.Log(p.Alpha)
        + SpecialFunctions.LogGamma(p.A + p.B) + SpecialFunctions.LogGamma(p.B + x)
        - SpecialFunctions.LogGamma(p.B) - SpecialFunctions.LogGamma(p.A + p.B + x);

    /// <summary>ln a − ln(b + x − 1): the part of ln A₄ that depends on the frequency alone (none without a repeat purchase).</summary>
    internal static double DropoutPart(BgNbdParameters p, int x) =>
        x > 0 ? Math.Log(p.A) - Math.Log(p.B + x - 1) : double.NegativeInfinity;

    /// <summary>
    /// ln L of one client from its frequency's two parts (<see cref="FrequencyPart"/>, <see cref="DropoutPart"/>), with
    /// the same operations in the same order as for one client alone, so a fit that works the parts out once per
    /// frequency (<see cref="BgNbdLikelihood"/>) adds up the very same numbers.
    /// </summary>
    internal static double LogLikelihood(BgNbdParameters p, int x, double frequencyPart, double dropoutPart, double recency, double age)
    {
        var stillAlive = -(p.R + x) * Math.Log(p.Alpha + age);
        var droppedAfterLast = x > 0 ? dropoutPart - (p.R + x) * Math.Log(p.Alpha + recency) : double.NegativeInfinity;
        return frequencyPart + SpecialFunctions.LogSumExp(stillAlive, droppedAfterLast);
    }

    /// <summary>
    /// P(alive | x, t_x, T): 1 for a client who never bought again (in this model a client can only drop out right
    /// after a purchase), lower the longer the silence since the last purchase.
    /// </summary>
    public static double ProbabilityAlive(BgNbdParameters p, ClientHistory h)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(h);
        return 1 / (1 + DeadOverAlive(p, h));
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T]: expected purchases in the next <paramref name="weeks"/> (equation 10). The paper's
    /// ((α + T) / (α + T + t))^(r + x) · ₂F₁(r + x, b + x; a + b + x − 1; z), z = t / (α + T + t), is computed through
    /// Euler's transformation ₂F₁(a', b'; c; z) = (1 − z)^(c − a' − b') ₂F₁(c − a', c − b'; c; z), which turns it into
    /// (1 − z)^(a − 1) · ₂F₁(a + b − 1 − r, a − 1; a + b + x − 1; z): the same number, but x is left only in c. Written
    /// as in the paper, a client with hundreds of repeat purchases (an account joining many clients) made the series
    /// grow past a double's range while the power before it fell to nothing, and the product read ∞ or 0 × ∞ = NaN.
    /// </summary>
    public static double ExpectedPurchases(BgNbdParameters p, ClientHistory h, double weeks)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(h);
        if (weeks <= 0)
            return 0;
        var x = h.Frequency;
        var horizon = p.Alpha + h.Age + weeks;
        var hyper = SpecialFunctions.Hypergeometric2F1(p.A + p.B - 1 - p.R, p.A - 1, p.A + p.B + x - 1, weeks / horizon);
        var decay = Math.Exp((p.A - 1) * Math.Log((p.Alpha + h.Age) / horizon));
        var whileAlive = (p.A + p.B + x - 1) / (p.A - 1) * (1 - decay * hyper);
        return whileAlive / (1 + DeadOverAlive(p, h));
    }

    /// <summary>Maximum-likelihood parameters, searched on log-parameters (so they stay positive) from the start given.</summary>
    public static (BgNbdParameters Parameters, double LogLikelihood) Fit(IReadOnlyList<ClientHistory> histories, BgNbdParameters start)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(start);
        static BgNbdParameters Of(double[] v) => new(Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]), Math.Exp(v[3]));
        double[] point = [Math.Log(start.R), Math.Log(start.Alpha), Math.Log(start.A), Math.Log(start.B)];
        var value = 0.0;
        // Thousands of evaluations: each frequency's parts and each run of equal histories worked out once, summed as one by one.
        var likelihood = new BgNbdLikelihood(histories);
        // A second search from the first one's answer undoes the occasional early collapse of the simplex.
        for (var round = 0; round < 2; round++)
            (point, value) = NelderMead.Minimise(v => -likelihood.Of(Of(v)), point, step: round == 0 ? 0.5 : 0.05);
        return (Of(point), -value);
    }

    // (a / (b + x − 1)) · ((α + T) / (α + t_x))^(r + x): the odds of having dropped out after the last purchase.
    private static double DeadOverAlive(BgNbdParameters p, ClientHistory h) =>
        h.Frequency == 0 ? 0
            : p.A / (p.B + h.Frequency - 1) * Math.Exp((p.R + h.Frequency) * Math.Log((p.Alpha + h.Age) / (p.Alpha + h.Recency)));
}

namespace PortfolioEval.Scoring.History;

/// <summary>
/// Σ ln f of many spenders under Gamma-Gamma, prepared once for the thousands of evaluations of a fit. Exactly the sum
/// of <see cref="GammaGamma.LogLikelihood(GammaGammaParameters, int, double)"/> over the spenders in their order, to the
/// last bit: the log-gammas that depend on the number of purchases alone are worked out once per distinct number, each
/// client's ln m̄ and x·m̄ once for the whole fit, and only ln(γ + x·m̄) once per client and evaluation (means of spend
/// rarely repeat, so runs of equal clients would save little). The terms are added one by one in the clients' order:
/// any other summation rounds differently and moves the fitted parameters, and the stored reports, in their last bits.
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private readonly int[] purchaseCounts;
    private readonly int[] countAt;
    private readonly double[] logMeanSpend;
    private readonly double[] totalSpend;

    public GammaGammaLikelihood(IReadOnlyList<(int Purchases, double MeanSpend)> spenders)
    {
        ArgumentNullException.ThrowIfNull(spenders);
        var distinct = new Dictionary<int, int>();
        (countAt, logMeanSpend, totalSpend) = (new int[spenders.Count], new double[spenders.Count], new double[spenders.Count]);
        for (var i = 0; i < spenders.Count; i++)
        {
            var (purchases, meanSpend) = spenders[i];
            if (!distinct.TryGetValue(purchases, out var at))
                distinct.Add(purchases, at = distinct.Count);
            (countAt[i], logMeanSpend[i], totalSpend[i]) = (at, Math.Log(meanSpend), purchases * meanSpend);
        }

        purchaseCounts = new int[distinct.Count];
        foreach (var (purchases, at) in distinct)
            purchaseCounts[at] = purchases;
    }

    public double Of(GammaGammaParameters g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var (px, heads, pxLogs) = (new double[purchaseCounts.Length], new double[purchaseCounts.Length], new double[purchaseCounts.Length]);
        for (var c = 0; c < purchaseCounts.Length; c++)
        {
            px[c] = g.P * purchaseCounts[c];
            (heads[c], pxLogs[c]) = (GammaGamma.PurchasesPart(g, px[c]), px[c] * Math.Log(purchaseCounts[c]));
        }

        var sum = 0.0;
        for (var i = 0; i < countAt.Length; i++)
        {
            var c = countAt[i];
            sum += GammaGamma.LogLikelihood(g, px[c], heads[c], pxLogs[c], logMeanSpend[i], totalSpend[i]);
        }

        return sum;
    }
}

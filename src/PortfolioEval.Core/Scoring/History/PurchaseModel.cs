namespace PortfolioEval.Scoring.History;

public enum ParameterSource
{
    /// <summary>Fitted to this book by maximum likelihood.</summary>
    FittedToBook,

    /// <summary>The shipped reference parameters (<see cref="ReferenceParameters"/>): the book had too little history.</summary>
    Reference,
}

/// <param name="RepeatBuyers">Clients with a known history and at least one repeat purchase: what a fit rests on.</param>
public sealed record PurchaseModel(BgNbdParameters Purchases, ParameterSource PurchasesSource, GammaGammaParameters Spend, ParameterSource SpendSource, int RepeatBuyers);

/// <summary>Chooses between fitting the models to the book and the reference parameters.</summary>
public static class PurchaseModels
{
    /// <summary>
    /// Repeat buyers a book needs before its own fit is used. The dropout parameters a and b are learnt only from
    /// clients who bought again, and four parameters (three for spend) need some ten observations each, the common
    /// rule of thumb for maximum-likelihood fits; below that the fitted values swing with a handful of clients.
    /// </summary>
    public const int MinimumRepeatBuyers = 40;

    // A fit this far out means the book does not identify the parameter (e.g. nobody ever drops out): use the reference.
    private const double MaxParameter = 1e5;

    public static PurchaseModel For(IReadOnlyList<ModelClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var known = clients.Where(c => c.HasHistory).Select(c => c.HistoryAssuming(0)).ToList();
        var repeatBuyers = known.Count(h => h.Frequency > 0);
        var purchases = (ReferenceParameters.Purchases, ParameterSource.Reference);
        if (repeatBuyers >= MinimumRepeatBuyers && Sane(BgNbd.Fit(known, ReferenceParameters.Purchases).Parameters) is { } fitted)
            purchases = (fitted, ParameterSource.FittedToBook);

        var spenders = clients.Where(c => c.HasHistory && c.Frequency > 0 && c.MeanSpend > 0)
            .Select(c => (c.SpendPurchases, c.MeanSpend)).ToList();
        var bookMean = clients.Where(c => c.MeanSpend > 0).Select(c => c.MeanSpend).DefaultIfEmpty(0).Average();
        var reference = ReferenceParameters.SpendFor(bookMean);
        var spend = (reference, ParameterSource.Reference);
        if (spenders.Count >= MinimumRepeatBuyers && GammaGamma.Fit(spenders, reference).Parameters is { Q: > 1 } g && g.P < MaxParameter && g.Gamma < MaxParameter * Math.Max(1, bookMean))
            spend = (g, ParameterSource.FittedToBook);

        return new PurchaseModel(purchases.Item1, purchases.Item2, spend.Item1, spend.Item2, repeatBuyers);
    }

    private static BgNbdParameters? Sane(BgNbdParameters p) =>
        new[] { p.R, p.Alpha, p.A, p.B }.All(v => double.IsFinite(v) && v is > 1e-6 and < MaxParameter) && Math.Abs(p.A - 1) > 1e-6 ? p : null;
}

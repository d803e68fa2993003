namespace PortfolioEval.Web.Recruiting;

/// <summary>Which way a criterion of the comparison improves; <see cref="None"/> for figures that only give context.</summary>
public enum Better { None, Higher, Lower }

/// <summary>One candidate's figure on one criterion: the number compared, and the currency it is in when it is money.</summary>
/// <param name="Number">Null when the report has no such figure (it is shown as "—" and is never the best).</param>
public readonly record struct ComparedFigure(double? Number, string? Currency = null);

/// <summary>The rule that picks the best value of a row of the comparison. Pure: figures in, column indices out.</summary>
public static class ComparisonBest
{
    /// <summary>
    /// The columns holding the best figure of the row: every one that ties for it. A missing figure is never the best;
    /// money in different currencies is never compared (no rate is assumed), so such a row has no best; nor has a row
    /// where only one candidate has a figure, since nothing was compared.
    /// </summary>
    public static IReadOnlySet<int> Of(IReadOnlyList<ComparedFigure> figures, Better better)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var present = figures.Select((f, i) => (Figure: f, Index: i)).Where(p => p.Figure.Number is not null).ToList();
        if (better == Better.None || present.Count < 2)
            return new HashSet<int>();
        if (present.Select(p => p.Figure.Currency).Distinct(StringComparer.Ordinal).Skip(1).Any())
            return new HashSet<int>();

        var best = better == Better.Higher ? present.Max(p => p.Figure.Number!.Value) : present.Min(p => p.Figure.Number!.Value);
        return present.Where(p => Ties(p.Figure.Number!.Value, best)).Select(p => p.Index).ToHashSet();
    }

    /// <summary>
    /// Equal up to floating-point noise: two books with the same clients sum their shares in another order (their
    /// pseudonyms, and so their order, differ per candidate), which can move the last bits of a double.
    /// </summary>
    private static bool Ties(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}

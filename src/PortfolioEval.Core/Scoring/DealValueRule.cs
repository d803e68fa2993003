namespace PortfolioEval.Scoring;

/// <summary>
/// How much the book is worth and how it is spread, in the main currency only: total, median, distribution,
/// key accounts (Pareto), concentration (HHI) and the median against an opening's target deal size. The score is
/// the diversification of value (<see cref="ConcentrationBands.Diversification"/>), averaged in equal parts with
/// min(1, median / target) when the opening sets a target: nothing says one matters more than the other.
/// </summary>
public static class DealValueRule
{
    /// <summary>Key accounts reach this share of value: the "80" of the 80/20 rule (Pareto; Juran's vital few).</summary>
    public const decimal KeyAccountValueShare = 0.8m;

    /// <summary>Weight of the size-vs-target part when the opening sets a target; the rest is diversification.</summary>
    public const double TargetWeight = 0.5;

    public static DealValueScore Score(ValuedBook book, decimal? targetDealSize, string? targetCurrency)
    {
        ArgumentNullException.ThrowIfNull(book);
        // Largest first; equal values are interchangeable, so their order changes no figure.
        var values = book.PositiveValuesLargestFirst;
        var total = values.Sum();

        var pareto = new List<double>(values.Count);
        decimal running = 0;
        var keyAccounts = 0;
        foreach (var value in values)
        {
            running += value;
            pareto.Add(ScoreMath.Share(running, total));
            if (keyAccounts == 0 && running >= KeyAccountValueShare * total)
                keyAccounts = pareto.Count;
        }

        var hhi = values.Sum(v => Math.Pow(100 * ScoreMath.Share(v, total), 2));
        var median = ScoreMath.MedianOfSorted(values);
        // A target in another currency is not comparable: currencies are never converted.
        var comparable = targetDealSize > 0 && (targetCurrency is null || string.Equals(targetCurrency, book.Currency, StringComparison.OrdinalIgnoreCase));
        double? toTarget = comparable && values.Count > 0 ? (double)(median / targetDealSize!.Value) : null;

        var diversification = ConcentrationBands.Diversification(hhi);
        var score = toTarget is { } ratio
            ? (1 - TargetWeight) * diversification + TargetWeight * Math.Min(1, ratio)
            : diversification;

        return new DealValueScore(
            ScoreMath.ToScore(score), book.Currency, total, median, values.Count, ValueDistribution.Of(values),
            keyAccounts, ScoreMath.Share(keyAccounts, values.Count), hhi, ConcentrationBands.BandOf(hhi), pareto,
            toTarget, book.OtherCurrencies);
    }
}

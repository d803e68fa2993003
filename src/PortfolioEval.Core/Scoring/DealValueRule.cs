using PortfolioEval.Currencies;

namespace PortfolioEval.Scoring;

/// <summary>
/// What the book brings and how it is spread, in the main currency: total, median, distribution, key accounts
/// (Pareto), concentration (HHI, top share) and, since version 2, its size: the recurring revenue against a target and
/// the number of active clients. Score = 0.4 × revenue part + 0.3 × breadth + 0.3 × spread (see docs/SCORING.md).
/// Since version 4 a client's value here is its revenue of the last 12 months when the book's sales are dated
/// (<see cref="RevenueWindows.BySaleDate"/>): two years of invoices are not one year's deal. A book of one row per
/// client keeps each client's value as the book gives it.
/// </summary>
public static class DealValueRule
{
    /// <summary>Key accounts reach this share of value: the "80" of the 80/20 rule (Pareto; Juran's vital few).</summary>
    public const decimal KeyAccountValueShare = 0.8m;

    /// <summary>
    /// A substantial book has twenty active clients: enough that losing one is a setback, not the end. A judgement,
    /// also the number of deals at the opening's target size that make its revenue target.
    /// </summary>
    public const int ReferenceActiveClients = 20;

    /// <summary>Recurring revenue that fills the revenue part when the opening sets no target: US$ 200,000 a year.</summary>
    public const decimal ReferenceRevenueUsd = 200_000m;

    /// <summary>
    /// The Pareto curve keeps a point a client up to this many clients with value, and beyond them the share after the
    /// top ⌈j·n/200⌉ clients, j = 1..200 (fixed shares of the clients, 0.5% apart): what a chart can draw, and a
    /// million-client report stays small. Shares of clients that are multiples of 0.5% read the same either way.
    /// </summary>
    public const int ParetoPoints = 200;

    public const double RevenueWeight = 0.4;
    public const double BreadthWeight = 0.3;
    public const double SpreadWeight = 0.3;

    public static DealValueScore Score(ValuedBook book, ActivityFigures activity, decimal? targetDealSize, string? targetCurrency, RateTable rates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(rates);
        // Largest first; equal values are interchangeable, so their order changes no figure.
        var lastTwelveMonths = RevenueWindows.BySaleDate(book);
        IReadOnlyList<decimal> values = lastTwelveMonths
            ? ScoreMath.PositiveLargestFirst(new RevenueWindows(asOf, book.Currency, rates).LastYearOfEach(book))
            : book.PositiveValuesLargestFirst;
        var total = values.Sum();

        var points = Math.Min(values.Count, ParetoPoints);
        var pareto = new List<double>(points);
        decimal running = 0;
        var keyAccounts = 0;
        for (var k = 1; k <= values.Count; k++)
        {
            running += values[k - 1];
            if (keyAccounts == 0 && running >= KeyAccountValueShare * total)
                keyAccounts = k;
            // Point j is the share after the top ⌈j·n/points⌉ clients: every client when n ≤ points.
            if (k == (int)(((long)(pareto.Count + 1) * values.Count + points - 1) / points))
                pareto.Add(ScoreMath.Share(running, total));
        }

        var hhi = values.Sum(v => Math.Pow(100 * ScoreMath.Share(v, total), 2));
        var median = ScoreMath.MedianOfSorted(values);
        var target = TargetInMain(targetDealSize, targetCurrency, book.Currency, rates, asOf);
        double? toTarget = target is { } t && values.Count > 0 ? (double)(median / t) : null;

        var revenueTarget = target is { } deal ? deal * ReferenceActiveClients
            : rates.Find(book.Currency, asOf) is { } mainRate ? ScoreMath.Round(ReferenceRevenueUsd * mainRate.UnitsPerUsd, 2)
            : (decimal?)null;
        double? revenue = revenueTarget is { } goal ? Math.Min(1, ScoreMath.Share(activity.RecurringRevenue, goal)) : null;
        var breadth = Math.Min(1, (double)activity.ActiveClients / ReferenceActiveClients);
        var spread = ConcentrationBands.Spread(hhi);
        // Without a target in a currency that converts, the revenue part cannot be measured: the other two share its weight.
        var score = revenue is { } r
            ? RevenueWeight * r + BreadthWeight * breadth + SpreadWeight * spread
            : (BreadthWeight * breadth + SpreadWeight * spread) / (BreadthWeight + SpreadWeight);

        return new DealValueScore(
            ScoreMath.ToScore(score), book.Currency, total, median, values.Count, ValueDistribution.Of(values),
            keyAccounts, ScoreMath.Share(keyAccounts, values.Count), hhi, ConcentrationBands.BandOf(hhi), pareto,
            toTarget, book.OtherCurrencies)
        {
            TopShare = values.Count > 0 ? ScoreMath.Share(values[0], total) : 0,
            RecurringRevenue = activity.RecurringRevenue,
            ActiveClients = activity.ActiveClients,
            RevenueTarget = revenueTarget,
            RevenueTargetFromOpening = target is not null,
            RevenuePart = revenue,
            BreadthPart = breadth,
            SpreadPart = spread,
            LastTwelveMonths = lastTwelveMonths,
        };
    }

    /// <summary>The opening's target deal size in the main currency; null without one, or when it cannot be converted.</summary>
    public static decimal? TargetInMain(decimal? targetDealSize, string? targetCurrency, string? mainCurrency, RateTable rates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (targetDealSize is not { } size || size <= 0)
            return null;
        if (targetCurrency is null || string.Equals(targetCurrency, mainCurrency, StringComparison.OrdinalIgnoreCase))
            return size;
        return rates.Find(targetCurrency.ToUpperInvariant(), asOf) is { } from && rates.Find(mainCurrency, asOf) is { } to
            ? ScoreMath.Round(RateTable.Convert(size, from, to), 2)
            : null;
    }
}

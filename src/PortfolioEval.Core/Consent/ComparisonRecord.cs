using PortfolioEval.Scoring;
using PortfolioEval.Scoring.BookValuation;

namespace PortfolioEval.Consent;

/// <summary>
/// What the comparison of candidates reads of one shared report: every figure its table and charts show, worked out
/// from the report once, when the candidate shares (see <see cref="SharedReport"/>), so a comparison decrypts a few
/// hundred bytes a candidate instead of the whole report. It carries the book's figures, so it is stored encrypted
/// under the candidate's key, like the report, and goes with it.
/// </summary>
/// <remarks>
/// Pure data, made by <see cref="Of"/> only: the table and the charts read nothing else, so a comparison shows the
/// same figures whether the record was stored at share time or made again from an older snapshot's report.
/// </remarks>
public sealed record ComparisonRecord
{
    public required int ScoringVersion { get; init; }
    public required DateOnly AsOf { get; init; }
    public required int Clients { get; init; }

    /// <summary>Null when the book was not enough to judge, or in reports made before the composite could be withheld.</summary>
    public required int? Composite { get; init; }
    public required bool NotEnoughToJudge { get; init; }

    public required int Freshness { get; init; }
    public required double ShareOfValueContactedIn90Days { get; init; }

    /// <summary>Clients in each band of days since last contact, as the report lists them.</summary>
    public required IReadOnlyList<BandClients> Bands { get; init; }

    public required int? Relevance { get; init; }

    /// <summary>Share of value (0-1) by ISIC code, "" for sectors not mapped; one entry a code, in the report's order.</summary>
    public required IReadOnlyList<SectorValueShare> Sectors { get; init; }

    public required int DealValue { get; init; }

    /// <summary>The main currency of <see cref="Total"/> and <see cref="Median"/>; null when the book does not say.</summary>
    public required string? Currency { get; init; }
    public required decimal Total { get; init; }
    public required decimal Median { get; init; }
    public required int ClientsWithValue { get; init; }
    public required int KeyAccounts { get; init; }
    public required double KeyAccountShare { get; init; }
    public required double Hhi { get; init; }
    public required ConcentrationBand Concentration { get; init; }

    /// <summary>The share of value (0-1) the top 20% of clients hold, read off the Pareto curve.</summary>
    public required double TopFifthShare { get; init; }

    /// <summary>
    /// The Pareto curve as the comparison's chart draws it (SVG polyline points on the chart's fixed axes): drawn once
    /// per snapshot, however many comparisons show it.
    /// </summary>
    public required string ParetoPoints { get; init; }

    public required int Quality { get; init; }
    public required int ReactivationClients { get; init; }
    public required decimal ReactivationValue { get; init; }
    public required string? ReactivationCurrency { get; init; }

    /// <summary>The version-1 valuation (a year's revenue with a decay), shown when the report has no book value.</summary>
    public required Valuation Valuation { get; init; }

    /// <summary>Null in reports made before the book value existed.</summary>
    public required ComparedBookValue? BookValue { get; init; }

    /// <summary>The share of sales with clients the salesperson won; null when the book does not say any client's origin.</summary>
    public required double? WonShare { get; init; }

    /// <summary>The plausibility questions asked, in the report's order.</summary>
    public required IReadOnlyList<PlausibilityKind> Plausibility { get; init; }

    public bool HasValue => ClientsWithValue > 0;

    /// <summary>The record of <paramref name="report"/> (a redacted, shared report), with its curve as drawn.</summary>
    public static ComparisonRecord Of(ScoreReport report, string paretoPoints)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(paretoPoints);
        var deal = report.DealValue;
        return new ComparisonRecord
        {
            ScoringVersion = report.ScoringVersion,
            AsOf = report.AsOf,
            Clients = report.Clients,
            Composite = report.Composite.Score,
            NotEnoughToJudge = report.Composite.NotEnoughToJudge.Count > 0,
            Freshness = report.Freshness.Score,
            ShareOfValueContactedIn90Days = report.Freshness.ShareOfValueContactedIn90Days,
            Bands = [.. report.Freshness.Bands.Select(b => new BandClients(b.Band, b.Clients))],
            Relevance = report.Relevance.Score,
            // Summed in the report's order, as the chart summed them when it read the whole report.
            Sectors = [.. report.Relevance.SectorMix.GroupBy(s => s.Code ?? "").Select(g => new SectorValueShare(g.Key, g.Sum(s => s.ShareOfValue)))],
            DealValue = deal.Score,
            Currency = deal.Currency,
            Total = deal.Total,
            Median = deal.Median,
            ClientsWithValue = deal.ClientsWithValue,
            KeyAccounts = deal.KeyAccounts,
            KeyAccountShare = deal.KeyAccountShare,
            Hhi = deal.Hhi,
            Concentration = deal.Concentration,
            TopFifthShare = CumulativeAt(deal.Pareto, 0.2),
            ParetoPoints = paretoPoints,
            Quality = report.Quality.Score,
            ReactivationClients = report.Reactivation.Clients,
            ReactivationValue = report.Reactivation.Value,
            ReactivationCurrency = report.Reactivation.Currency,
            Valuation = report.Valuation,
            BookValue = report.BookValue is { } bv
                ? new ComparedBookValue(bv.Currency, bv.Value, bv.Low, bv.High, bv.Revenue.Expected, bv.Revenue.P10, bv.Revenue.P90)
                : null,
            WonShare = WonShareOf(report.BookValue),
            Plausibility = [.. report.Plausibility.Select(q => q.Kind)],
        };
    }

    private static double? WonShareOf(BookValue? value) =>
        value?.Adjustments.FirstOrDefault(a => a.Kind == AdjustmentKind.Transferability) is { } transfer
        && transfer.Inputs.TryGetValue("share-unknown", out var unknown) && unknown < 1
        && transfer.Inputs.TryGetValue("share-won", out var won)
            ? won
            : null;

    /// <summary>The curve's cumulative share after <paramref name="shareOfClients"/> of the clients (its points are evenly spaced).</summary>
    private static double CumulativeAt(IReadOnlyList<double> cumulative, double shareOfClients) => cumulative.Count == 0
        ? 0
        : cumulative[Math.Clamp((int)Math.Ceiling(shareOfClients * cumulative.Count) - 1, 0, cumulative.Count - 1)];
}

public sealed record BandClients(FreshnessBand Band, int Clients);

/// <param name="Code">ISIC code; "" for value whose sector was not mapped.</param>
public sealed record SectorValueShare(string Code, double Share);

/// <summary>The book value's figures the comparison shows, in <paramref name="Currency"/>.</summary>
public sealed record ComparedBookValue(string? Currency, decimal Value, decimal Low, decimal High, decimal RevenueExpected, decimal RevenueP10, decimal RevenueP90);

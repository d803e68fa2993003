using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Recruiting;

/// <summary>One candidate's figure on one criterion, as shown and exported.</summary>
/// <param name="Notes">What the figure holds besides the number (the plausibility questions asked).</param>
public sealed record ComparisonCell(ComparedFigure Figure, string Text, IReadOnlyList<string> Notes);

/// <summary>One criterion across the candidates compared.</summary>
/// <param name="Key">Stable name of the criterion (its <c>data-testid</c>).</param>
/// <param name="Section">The anchor of the report section that explains the figure; empty for the report's top.</param>
public sealed record ComparisonRow(string Key, string Label, string Section, Better Better, IReadOnlyList<ComparisonCell> Cells)
{
    /// <summary>The columns holding the best figure (see <see cref="ComparisonBest.Of"/>).</summary>
    public IReadOnlySet<int> Best { get; } = ComparisonBest.Of([.. Cells.Select(c => c.Figure)], Better);
}

/// <summary>Two to six shared reports side by side: one column per candidate, one row per criterion.</summary>
public sealed record ComparisonTable(IReadOnlyList<CompanyComparison> Columns, IReadOnlyList<ComparisonRow> Rows);

/// <summary>
/// Builds the comparison from the stored reports' comparison records, in the reader's language. Higher is better for scores, value,
/// reactivation and key-account share (value spread over more clients, like a lower HHI); lower is better for
/// concentration and for the number of plausibility questions. Money is only compared within one currency.
/// </summary>
public sealed class ComparisonTables(IStringLocalizer<SharedResource> l, ReportTexts texts)
{
    public ComparisonTable Build(IReadOnlyList<CompanyComparison> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var culture = CultureInfo.CurrentCulture;
        var reports = columns.Select(c => c.Record).ToList();
        ComparisonRow Row(string key, string label, string section, Better better, Func<ComparisonRecord, ComparisonCell> cell) =>
            new(key, label, section, better, [.. reports.Select(cell)]);
        ComparisonCell Score(int? score) => new(new(score), score?.ToString(culture) ?? "—", []);
        ComparisonCell Share(double share, bool present = true) => present ? new(new(share), ReportTexts.Percent(share), []) : Missing;
        ComparisonCell Money(decimal amount, string? currency, bool present) =>
            present ? new(new((double)amount, currency), MoneyText(amount, currency), []) : Missing;
        static bool HasValue(ComparisonRecord r) => r.HasValue;

        return new ComparisonTable(columns,
        [
            Row("as-of", l["Report date"], "", Better.None, r => new(new(null), r.AsOf.ToString("d", culture), [])),
            Row("clients", l["Clients"], "", Better.None, r => new(new(r.Clients), r.Clients.ToString("N0", culture), [])),
            Row("composite", l["Composite score (0–100)"], "composite", Better.Higher, r => r.NotEnoughToJudge
                ? new(new(null), l["Not enough to judge"], [])
                : Score(r.Composite)),
            Row("freshness", l["Freshness"], "freshness", Better.Higher, r => Score(r.Freshness)),
            Row("contacted-90", l["Value contacted in the last 90 days"], "freshness", Better.Higher,
                r => Share(r.ShareOfValueContactedIn90Days, HasValue(r))),
            Row("relevance", l["Sector relevance"], "relevance", Better.Higher, r => Score(r.Relevance)),
            Row("deal-value", l["Deal value"], "dealvalue", Better.Higher, r => Score(r.DealValue)),
            Row("total-value", l["Total deal value"], "dealvalue", Better.Higher, r => Money(r.Total, r.Currency, HasValue(r))),
            Row("median-value", l["Median per client"], "dealvalue", Better.Higher, r => Money(r.Median, r.Currency, HasValue(r))),
            Row("key-accounts", l["Key accounts (80% of value)"], "dealvalue", Better.Higher, r => HasValue(r)
                ? new(new(r.KeyAccountShare), $"{r.KeyAccounts.ToString(culture)} ({ReportTexts.Percent(r.KeyAccountShare)})", [])
                : Missing),
            Row("concentration", l["Concentration index (0 to 10,000)"], "dealvalue", Better.Lower, r => HasValue(r)
                ? new(new(r.Hhi), $"{ReportTexts.Whole(r.Hhi)} · {texts.Concentration(r.Concentration)}", [])
                : Missing),
            Row("quality", l["Data quality"], "quality", Better.Higher, r => Score(r.Quality)),
            Row("reactivation", l["Reactivation potential"], "reactivation", Better.Higher, r => HasValue(r)
                ? new(new((double)r.ReactivationValue, r.ReactivationCurrency),
                    l["{0} clients · {1}", r.ReactivationClients, MoneyText(r.ReactivationValue, r.ReactivationCurrency)], [])
                : Missing),
            Row("valuation", l["Valuation range"], "valuation", Better.Higher, r => !HasValue(r) ? Missing
                : r.BookValue is { } bv ? new(new((double)bv.Low, bv.Currency), $"{ReportTexts.Money(bv.Low)} – {MoneyText(bv.High, bv.Currency)}", [])
                : EarlierMethod(r, $"{ReportTexts.Money(r.Valuation.Low)} – {MoneyText(r.Valuation.High, r.Valuation.Currency)}")),
            Row("expected-value", l["Book value"], "valuation", Better.Higher, r => !HasValue(r) ? Missing
                : r.BookValue is { } bv ? Money(bv.Value, bv.Currency, true)
                : EarlierMethod(r, MoneyText(r.Valuation.Expected, r.Valuation.Currency))),
            Row("expected-revenue", l["Revenue expected in the next 12 months"], "valuation", Better.Higher, r => r.BookValue is { } bv && HasValue(r)
                ? new(new((double)bv.RevenueExpected, bv.Currency),
                    $"{MoneyText(bv.RevenueExpected, bv.Currency)} ({ReportTexts.Money(bv.RevenueP10)} – {ReportTexts.Money(bv.RevenueP90)})", [])
                : Missing),
            Row("clients-won", l["Sales with clients the salesperson won"], "valuation", Better.Higher, r => r.WonShare is { } won
                ? new(new(won), ReportTexts.Percent(won), [])
                : Missing),
            Row("plausibility", l["Questions a recruiter may ask"], "plausibility", Better.Lower,
                r => new(new(r.Plausibility.Count), r.Plausibility.Count.ToString(culture), [.. r.Plausibility.Select(Question)])),
        ]);
    }

    private static ComparisonCell Missing { get; } = new(new(null), "—", []);

    /// <summary>
    /// A version-1 valuation (a year's revenue with a decay) is another measure than the book value: shown, labelled,
    /// and never marked best against a book value.
    /// </summary>
    private ComparisonCell EarlierMethod(ComparisonRecord report, string text) =>
        new(new(null), text, [l["earlier method (version {0}): a year's revenue, not a book value", report.ScoringVersion]]);

    private static string MoneyText(decimal amount, string? currency) =>
        $"{ReportTexts.Money(amount)} {currency}".TrimEnd();

    /// <summary>A few words for each question, to tell them apart in a narrow column; the report asks them in full.</summary>
    private string Question(PlausibilityKind kind) => kind switch
    {
        PlausibilityKind.FirstDigitsUnlikeBenford => l["first digits (Benford)"],
        PlausibilityKind.ManyRoundNumbers => l["round numbers"],
        PlausibilityKind.ManyIdenticalDates => l["identical contact dates"],
        PlausibilityKind.AllUpdatedOnOneDay => l["updated on one day"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

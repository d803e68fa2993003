using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Sectors;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// The comparison's charts, each laying the candidates' books over one another: freshness bands as grouped bars,
/// Pareto curves overlaid, sector mix as stacked bars. Shares, not amounts, so books of any size and currency sit on
/// one scale. The curves, the only part that grows with a book, were drawn when each report was shared
/// (<see cref="ComparisonRecord.ParetoPoints"/>); the bars are laid out here, since where they sit depends on which
/// candidates are side by side, and they are a few dozen shapes.
/// </summary>
public sealed class ComparisonCharts(IStringLocalizer<SharedResource> l, ReportTexts texts)
{
    /// <summary>Sectors named in the legend; the rest are summed as "other sectors".</summary>
    private const int MostSectors = SvgCharts.Palette - 1;

    /// <summary>Share of each book's clients in each band of days since last contact.</summary>
    public IHtmlContent Freshness(IReadOnlyList<CompanyComparison> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        // "No contact date" only when some book has such clients: an empty group would only take room.
        var bands = Enum.GetValues<FreshnessBand>()
            .Where(b => b != FreshnessBand.NoContactDate || columns.Any(c => Clients(c.Record, b) > 0)).ToList();
        var series = columns.Select(c =>
        {
            var total = Math.Max(c.Record.Bands.Sum(b => b.Clients), 1);
            return new SvgCharts.Series(c.Consent.SharedName, [.. bands.Select(b => (double)Clients(c.Record, b) / total)]);
        }).ToList();
        return SvgCharts.GroupedBars(l["Share of clients by days since last contact"], [.. bands.Select(texts.Band)], series, ReportTexts.Percent);
    }

    /// <summary>Each book's cumulative share of value against its share of clients: the curves drawn when each was shared.</summary>
    public IHtmlContent Pareto(IReadOnlyList<CompanyComparison> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var description = string.Join(" ", columns.Select(c =>
            l["{0}: the top 20% of clients hold {1} of the value.", c.Consent.SharedName, ReportTexts.Percent(c.Record.TopFifthShare)].Value));
        return SvgCharts.Paretos(l["Pareto curves: share of value by share of clients"], description,
            [.. columns.Select(c => new SvgCharts.Curve(c.Consent.SharedName, c.Record.ParetoPoints))], ReportTexts.Percent);
    }

    /// <summary>Each book's value split by ISIC sector: the sectors largest across the books, then the rest together.</summary>
    public IHtmlContent SectorMix(IReadOnlyList<CompanyComparison> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var shares = columns.Select(c => c.Record.Sectors.ToDictionary(s => s.Code, s => s.Share, StringComparer.Ordinal)).ToList();
        var ranked = shares.SelectMany(s => s).GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(p => p.Value)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var named = ranked.Count <= MostSectors ? ranked : ranked.Take(MostSectors - 1).ToList();

        var segments = named.Select(code => new SvgCharts.Series(SectorName(code), [.. shares.Select(s => s.GetValueOrDefault(code))])).ToList();
        if (named.Count < ranked.Count)
            segments.Add(new SvgCharts.Series(l["other sectors"],
                [.. shares.Select(s => s.Where(p => !named.Contains(p.Key, StringComparer.Ordinal)).Sum(p => p.Value))]));
        return SvgCharts.StackedBars(l["Share of value by sector"], [.. columns.Select(c => c.Consent.SharedName)], segments, ReportTexts.Percent);
    }

    private string SectorName(string code) => code.Length == 0
        ? l["not mapped"]
        : SectorNames.ForChart(code, CultureInfo.CurrentUICulture);

    private static int Clients(ComparisonRecord record, FreshnessBand band) =>
        record.Bands.Where(b => b.Band == band).Sum(b => b.Clients);
}

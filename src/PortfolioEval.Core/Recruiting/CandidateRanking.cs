using PortfolioEval.Consent;

namespace PortfolioEval.Recruiting;

/// <summary>A column of the dashboard a recruiter can sort by.</summary>
public enum RankingColumn { Composite, Freshness, Relevance, DealValue, Quality, Date }

/// <summary>What a recruiter narrows the dashboard to; a null field does not filter.</summary>
/// <param name="MinRelevance">Set, it leaves out reports without a relevance score: they were not scored for sectors.</param>
/// <param name="Currency">The book's main currency, exactly.</param>
/// <param name="Country">The book's most frequent client country: its ISO code, or the text of a country outside
/// <see cref="Books.Countries"/> (reports shared before countries were codes match by the code of their text).</param>
public sealed record RankingFilter(int? MinFreshness = null, int? MinRelevance = null, string? Currency = null, string? Country = null)
{
    public bool Admits(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return (MinFreshness is not { } freshness || figures.Freshness >= freshness)
            && (MinRelevance is not { } relevance || figures.Relevance >= relevance)
            && (Currency is null || string.Equals(figures.Currency, Currency, StringComparison.Ordinal))
            && (Country is null || string.Equals(Books.Countries.CodeOf(figures.Country) ?? figures.Country, Country, StringComparison.Ordinal));
    }
}

/// <param name="Rank">1 for the best composite among all candidates of the opening, whatever is filtered or sorted.</param>
public sealed record RankedCandidate(int Rank, ReportFigures Figures);

/// <summary>
/// The dashboard's order: candidates ranked by the opening's composite, then shown filtered and sorted as asked. Pure:
/// it works on the figures stored at grant, so it is the same for every recruiter and every request.
/// </summary>
public static class CandidateRanking
{
    /// <summary>
    /// Best composite first; a book not enough to judge (no composite) after every judged one, however good its
    /// components, so a thin book never outranks a substantial one. Ties go to the fresher book, then the more valuable one, then the most recent report; the
    /// consent id settles the rest, so the order never depends on the order the database returned the rows in.
    /// </summary>
    public static IReadOnlyList<RankedCandidate> Rank(IEnumerable<ReportFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return [.. figures
            .OrderBy(f => f.Composite is null)
            .ThenByDescending(f => f.Composite)
            .ThenByDescending(f => f.Freshness)
            .ThenByDescending(f => f.DealValue)
            .ThenByDescending(f => f.AsOf)
            .ThenBy(f => f.ConsentId)
            .Select((f, i) => new RankedCandidate(i + 1, f))];
    }

    /// <summary>
    /// The ranked candidates <paramref name="filter"/> admits, sorted by <paramref name="column"/> (best or most recent
    /// first unless <paramref name="ascending"/>), ties by rank. Reports without a relevance score (or, by composite,
    /// without a composite) go last either way.
    /// </summary>
    public static IReadOnlyList<RankedCandidate> Show(IEnumerable<RankedCandidate> ranked, RankingFilter filter, RankingColumn column, bool ascending = false)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(filter);
        var shown = ranked.Where(r => filter.Admits(r.Figures))
            .OrderBy(r => (column == RankingColumn.Relevance && r.Figures.Relevance is null) || (column == RankingColumn.Composite && r.Figures.Composite is null));
        var sorted = ascending ? shown.ThenBy(r => KeyOf(r.Figures, column)) : shown.ThenByDescending(r => KeyOf(r.Figures, column));
        return [.. sorted.ThenBy(r => r.Rank)];
    }

    private static int KeyOf(ReportFigures figures, RankingColumn column) => column switch
    {
        RankingColumn.Composite => figures.Composite ?? 0,
        RankingColumn.Freshness => figures.Freshness,
        RankingColumn.Relevance => figures.Relevance ?? 0,
        RankingColumn.DealValue => figures.DealValue,
        RankingColumn.Quality => figures.Quality,
        RankingColumn.Date => figures.AsOf.DayNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown column."),
    };
}

using PortfolioEval.Consent;
using PortfolioEval.Privacy;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>The dashboard's pure parts: the ranking, the filters and sorts over it, and the country kept in the clear.</summary>
public class DashboardRankingTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static ReportFigures Figures(string name, int composite, int freshness = 50, int? relevance = 50, int dealValue = 50,
        int quality = 50, string? currency = "PEN", string? country = "Perú", int daysAgo = 0) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, Day.AddDays(-daysAgo), composite, freshness, relevance, dealValue, quality, currency, country);

    private static List<string> Names(IEnumerable<RankedCandidate> ranked) => [.. ranked.Select(r => r.Figures.SharedName)];

    [Fact]
    public void Rank_BestCompositeFirst_NumberedFromOne()
    {
        var ranked = CandidateRanking.Rank([Figures("b", 40), Figures("a", 80), Figures("c", 60)]);

        Assert.Equal(["a", "c", "b"], Names(ranked));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_TiedComposite_GoesToTheFresherBookThenTheMoreValuable()
    {
        var ranked = CandidateRanking.Rank([Figures("stale", 60, freshness: 30), Figures("fresh-cheap", 60, freshness: 90, dealValue: 10), Figures("fresh-rich", 60, freshness: 90, dealValue: 70)]);

        Assert.Equal(["fresh-rich", "fresh-cheap", "stale"], Names(ranked));
    }

    [Fact]
    public void Rank_SameFiguresInAnyOrder_SameRanking()
    {
        var figures = Enumerable.Range(0, 8).Select(i => Figures($"c{i}", 50)).ToList();

        Assert.Equal(Names(CandidateRanking.Rank(figures)), Names(CandidateRanking.Rank(Enumerable.Reverse(figures))));
    }

    [Fact]
    public void Show_Filtered_KeepsEachCandidatesRank()
    {
        var ranked = CandidateRanking.Rank([Figures("a", 80, freshness: 20), Figures("b", 70, freshness: 90), Figures("c", 60, freshness: 95)]);

        var shown = CandidateRanking.Show(ranked, new RankingFilter(MinFreshness: 90), RankingColumn.Composite);

        Assert.Equal([("b", 2), ("c", 3)], shown.Select(r => (r.Figures.SharedName, r.Rank)));
    }

    [Fact]
    public void Show_MinRelevance_LeavesOutReportsNotScoredForSectors()
    {
        var ranked = CandidateRanking.Rank([Figures("none", 90, relevance: null), Figures("low", 80, relevance: 10), Figures("high", 70, relevance: 75)]);

        Assert.Equal(["high"], Names(CandidateRanking.Show(ranked, new RankingFilter(MinRelevance: 50), RankingColumn.Composite)));
        Assert.Equal(["low", "high"], Names(CandidateRanking.Show(ranked, new RankingFilter(MinRelevance: 0), RankingColumn.Composite)));
    }

    [Fact]
    public void Show_CurrencyMatchesExactly_CountryByItsIsoCode_HoweverTheBookWroteIt()
    {
        var ranked = CandidateRanking.Rank([Figures("pen-peru", 90, currency: "PEN", country: "Peru"), Figures("pen-peru-accent", 80, currency: "PEN", country: "Perú"),
            Figures("usd", 70, currency: "USD", country: "PE"), Figures("narnia", 65, currency: "USD", country: "Narnia"), Figures("nothing", 60, currency: null, country: null)]);

        Assert.Equal(["usd", "narnia"], Names(CandidateRanking.Show(ranked, new RankingFilter(Currency: "USD"), RankingColumn.Composite)));
        Assert.Equal(["pen-peru", "pen-peru-accent", "usd"], Names(CandidateRanking.Show(ranked, new RankingFilter(Country: "PE"), RankingColumn.Composite)));
        Assert.Equal(["pen-peru", "pen-peru-accent"], Names(CandidateRanking.Show(ranked, new RankingFilter(Currency: "PEN", Country: "PE"), RankingColumn.Composite)));
        Assert.Equal(["narnia"], Names(CandidateRanking.Show(ranked, new RankingFilter(Country: "Narnia"), RankingColumn.Composite)));
    }

    [Fact]
    public void Show_TiesInTheSortedColumn_FollowTheRank()
    {
        var ranked = CandidateRanking.Rank([Figures("second", 70, quality: 80), Figures("first", 90, quality: 80), Figures("third", 50, quality: 80)]);

        Assert.Equal(["first", "second", "third"], Names(CandidateRanking.Show(ranked, new RankingFilter(), RankingColumn.Quality)));
    }

    private static PseudonymisedClient From(string? country) => new() { ClientPseudonym = Guid.NewGuid().ToString("N"), Country = country };

    [Fact]
    public void BookCountry_IsTheMostFrequent_AsItsIsoCode_SpellingsMerged()
    {
        var country = BookCountry.Of([From(" Chile "), From("Perú"), From("Chile"), From(null), From("  "), From("Peru "), From("PER")]);

        Assert.Equal("PE", country);
    }

    [Fact]
    public void BookCountry_OutsideTheList_IsTheTextTrimmedAsTyped()
    {
        Assert.Equal("Narnia", BookCountry.Of([From(" Narnia "), From("Narnia"), From("Chile")]));
    }

    [Fact]
    public void BookCountry_Tie_GoesToTheFirstInOrdinalOrder_WhateverTheRowOrder()
    {
        Assert.Equal("CL", BookCountry.Of([From("Perú"), From("Chile")]));
        Assert.Equal("CL", BookCountry.Of([From("Chile"), From("Perú")]));
    }

    [Fact]
    public void BookCountry_NoneGiven_OrOnlyTextTooLongForACountry_IsNull()
    {
        Assert.Null(BookCountry.Of([From(null), From("")]));
        Assert.Null(BookCountry.Of([From(new string('x', BookCountry.MaxLength + 1))]));
    }

    [Fact]
    public void SharedReport_KeepsTheReportsScoresCurrencyAndCountryInTheClear()
    {
        var report = WorkedExample.Report();

        var shared = new SharedReport(Guid.NewGuid(), report, "Perú", [1, 2, 3], [4, 5, 6]);

        Assert.Equal(
            (report.AsOf, report.Composite.Score, report.Freshness.Score, report.Relevance.Score, report.DealValue.Score, report.Quality.Score, "PEN", "Perú"),
            (shared.AsOf, shared.CompositeScore, shared.FreshnessScore, shared.RelevanceScore, shared.DealValueScore, shared.QualityScore, shared.Currency, shared.Country));
        Assert.NotNull(shared.RelevanceScore);
    }
}

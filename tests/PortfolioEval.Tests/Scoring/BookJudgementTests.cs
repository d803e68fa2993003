using PortfolioEval.Consent;
using PortfolioEval.Privacy;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>The gates of the composite on books whose answer anyone knows (issue 13).</summary>
public class BookJudgementTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static ScoreReport Score(IEnumerable<PseudonymisedClient> clients, ScoringSettings? settings = null) =>
        ScoringEngine.Score([.. clients], new BookFacts(0, 0), AsOf, settings ?? new ScoringSettings(), WorkedExample.Sectors);

    /// <summary>An 80-client book worth 1.09M PEN, contacted over the last three months, in retail.</summary>
    private static IEnumerable<PseudonymisedClient> SubstantialBook() => Enumerable.Range(0, 80).Select(i =>
        Client.Named($"c{i:D2}").InSector("Supermercados").ContactedOn(AsOf.AddDays(-(i % 90))).UpdatedOn(AsOf.AddDays(-(i % 20)))
            .Worth(10_000m + i * 92m).Build());

    [Fact]
    public void OneClientWorthOnePen_IsNotEnoughToJudge()
    {
        var report = Score([Client.Named("one").InSector("Supermercados").ContactedOn(2026, 3, 20).UpdatedOn(2026, 3, 20).Worth(1m)]);

        Assert.Null(report.Composite.Score);
        Assert.Equal([CompositeGate.NotEnoughToJudge], report.Composite.Gates);
        Assert.Equal([ThinBookReason.FewerClientsThanMinimum], report.Composite.NotEnoughToJudge);
    }

    [Fact]
    public void OneClientWorthOnePen_RanksBelowAnEightyClientBook()
    {
        var thin = Score([Client.Named("one").InSector("Supermercados").ContactedOn(2026, 3, 20).UpdatedOn(2026, 3, 20).Worth(1m)]);
        var substantial = Score(SubstantialBook());
        Assert.Equal(1_090_720m, substantial.DealValue.Total);

        var ranked = CandidateRanking.Rank([Figures(thin, "thin"), Figures(substantial, "substantial")]);

        Assert.Equal(["substantial", "thin"], ranked.Select(r => r.Figures.SharedName));
        Assert.Equal(["substantial", "thin"], CandidateRanking.Show(ranked, new RankingFilter(), RankingColumn.Composite, ascending: true).Select(r => r.Figures.SharedName));
    }

    [Fact]
    public void TenClientsDormantForThreeYears_ScoreAtMost35_GatedForNoActiveClient()
    {
        var report = Score(Enumerable.Range(0, 10).Select(i =>
            Client.Named($"c{i}").InSector("Supermercados").ContactedOn(AsOf.AddYears(-3).AddDays(-i)).UpdatedOn(AsOf.AddDays(-1)).Worth(10_000m).Build()));

        Assert.InRange(report.Composite.Score!.Value, 0, 35);
        Assert.Equal([CompositeGate.NoActiveClients], report.Composite.Gates);
        Assert.True(report.Quality.BulkUpdated);
        Assert.Equal(ScoreScale.Weak, BookJudgement.ScaleOf(report.Composite.Score.Value));
    }

    [Fact]
    public void BookSellingToOtherSectors_IsCappedByTheRelevanceFloor_AndKeepsItsMean()
    {
        var settings = new ScoringSettings { SectorCodes = ["B"] };

        var report = Score(SubstantialBook(), settings);

        Assert.Equal(0, report.Relevance.Score);
        Assert.Equal([CompositeGate.LowRelevance], report.Composite.Gates);
        Assert.Equal(BookJudgement.GatedCap, report.Composite.Score);
        Assert.True(report.Composite.Uncapped > BookJudgement.GatedCap);
    }

    [Fact]
    public void SubstantialBook_IsJudgedWithoutGates()
    {
        var report = Score(SubstantialBook());

        Assert.Empty(report.Composite.Gates);
        Assert.Equal(report.Composite.Uncapped, report.Composite.Score);
        Assert.True(report.Composite.Score >= BookJudgement.GoodFrom, $"composite {report.Composite.Score}");
    }

    [Fact]
    public void BookWhoseCreditNotesExceedItsSales_IsNotJudged_AndTheNetIsReported()
    {
        var report = Score(
        [
            .. Enumerable.Range(0, 5).Select(i => Client.Named($"c{i}").ContactedOn(2026, 3, 1).Worth(100m).Build()),
            Client.Named("returns").ContactedOn(2026, 3, 1).Worth(-2_000m),
        ]);

        Assert.Null(report.Composite.Score);
        Assert.Equal([ThinBookReason.NetNegativeValue], report.Composite.NotEnoughToJudge);
        Assert.Equal(new SignFigures("PEN", 1, -2_000m, -1_500m), report.Signs);
        Assert.True(report.Signs!.NetNegativeBook);
    }

    [Theory]
    [InlineData(0, ScoreScale.Weak)]
    [InlineData(34, ScoreScale.Weak)]
    [InlineData(35, ScoreScale.Fair)]
    [InlineData(54, ScoreScale.Fair)]
    [InlineData(55, ScoreScale.Good)]
    [InlineData(74, ScoreScale.Good)]
    [InlineData(75, ScoreScale.Strong)]
    [InlineData(100, ScoreScale.Strong)]
    public void ScaleOf_Composite_ReadsOnTheDocumentedScale(int score, ScoreScale scale) =>
        Assert.Equal(scale, BookJudgement.ScaleOf(score));

    private static ReportFigures Figures(ScoreReport report, string name) => new(
        Guid.NewGuid(), Guid.NewGuid(), name, report.AsOf, report.Composite.Score, report.Freshness.Score, report.Relevance.Score,
        report.DealValue.Score, report.Quality.Score, report.DealValue.Currency, null);
}

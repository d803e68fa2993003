using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class SectorRelevanceRuleTests
{
    private static readonly FakeSectorTaxonomy Sectors = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Bodegas"] = "4711", ["Minimarket"] = "4711", ["Ferretería"] = "4752", ["Software"] = "6201", ["Banca"] = "6419",
    });

    [Fact]
    public void Relevance_NoSectorsChosen_IsNotScoredButTheMixIsShown()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector("Bodegas").Worth(100m)]);

        var relevance = SectorRelevanceRule.Score(book, [], Sectors);

        Assert.Null(relevance.Score);
        Assert.Equal(new SectorShare("4711", relevance.SectorMix[0].Texts, 1, 100m, 1.0, null), relevance.SectorMix[0]);
    }

    [Fact]
    public void Relevance_MixedBook_IsTheValueWeightedMeanOfMatchLevels()
    {
        // 4711 vs 4711 class (1.0) × 400, 4752 vs 4711 division (0.5) × 200, 6201 none × 200, unmapped none × 200:
        // (400 + 100) / 1,000 = 50.
        var book = ValuedBook.Of(
        [
            Client.Named("a").InSector("Bodegas").Worth(300m),
            Client.Named("b").InSector("Minimarket").Worth(100m),
            Client.Named("c").InSector("Ferretería").Worth(200m),
            Client.Named("d").InSector("Software").Worth(200m),
            Client.Named("e").InSector("Cosas varias").Worth(200m),
        ]);

        var relevance = SectorRelevanceRule.Score(book, ["4711"], Sectors);

        Assert.Equal(50, relevance.Score);
        Assert.Equal(0.2, relevance.UnmappedShareOfValue, 12);
        Assert.Equal(["Bodegas", "Minimarket"], relevance.SectorMix[0].Texts);
        Assert.Equal((null, SectorMatchLevel.None), (relevance.SectorMix.Single(s => s.Texts.Contains("Cosas varias")).Code, relevance.SectorMix.Single(s => s.Code is null).Match!.Value));
    }

    [Fact]
    public void Relevance_SeveralCodesChosen_TakesTheBestMatchPerClient()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector("Ferretería").Worth(100m), Client.Named("b").InSector("Banca").Worth(100m)]);

        // Ferretería: group 475 of 4759 (0.75); Banca: division 64 of 6492 (0.5): (0.75 + 0.5) / 2 = 62.5 → 63.
        Assert.Equal(63, SectorRelevanceRule.Score(book, ["4759", "6492", "B"], Sectors).Score);
    }

    [Theory]
    [InlineData(SectorMatchLevel.Class, 1.0)]
    [InlineData(SectorMatchLevel.Group, 0.75)]
    [InlineData(SectorMatchLevel.Division, 0.5)]
    [InlineData(SectorMatchLevel.Section, 0.25)]
    [InlineData(SectorMatchLevel.None, 0)]
    public void WeightOf_EachLevel_IsTheDocumentedWeight(SectorMatchLevel level, double weight) =>
        Assert.Equal(weight, SectorRelevanceRule.WeightOf(level));

    [Fact]
    public void Relevance_BlankSectors_AreUnmappedWithNoText()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector(" ").Worth(100m), Client.Named("b").Worth(100m)]);

        var relevance = SectorRelevanceRule.Score(book, ["4711"], Sectors);

        Assert.Equal(0, relevance.Score);
        Assert.Equal(new SectorShare(null, relevance.SectorMix[0].Texts, 2, 200m, 1.0, SectorMatchLevel.None), relevance.SectorMix.Single());
        Assert.Empty(relevance.SectorMix[0].Texts);
    }
}

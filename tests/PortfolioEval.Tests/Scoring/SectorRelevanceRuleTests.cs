using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class SectorRelevanceRuleTests
{
    private static readonly FakeSectorTaxonomy Sectors = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Bodegas"] = "4711", ["Minimarket"] = "4711", ["Ferretería"] = "4752", ["Software"] = "6201", ["Banca"] = "6419",
        ["Retail"] = "47", ["Mayorista"] = "46",
    });

    [Fact]
    public void Relevance_NoSectorsChosen_IsNotScoredButTheMixIsShown()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector("Bodegas").Worth(100m)]);

        var relevance = SectorRelevanceRule.Score(book, [], Sectors);

        Assert.Null(relevance.Score);
        Assert.Equal(new SectorShare("4711", relevance.SectorMix[0].Texts, 1, 100m, 1.0, null), relevance.SectorMix[0]);
        Assert.Null(relevance.SectorMix[0].Credit);
    }

    [Theory]
    [InlineData("4711")]
    [InlineData("471")]
    [InlineData("47")]
    [InlineData("G")]
    public void Relevance_EveryClientWithinTheChosenCode_Is100(string chosen)
    {
        // Version 1 capped a division-level choice at 50 and a section at 25: a supermarket is retail, and trade.
        var book = ValuedBook.Of([Client.Named("a").InSector("Bodegas").Worth(300m), Client.Named("b").InSector("Minimarket").Worth(100m)]);

        Assert.Equal(100, SectorRelevanceRule.Score(book, [chosen], Sectors).Score);
    }

    [Fact]
    public void Relevance_MixedBook_CountsWithinFullyNearCodesInPartAndLeavesUnknownSectorsOut()
    {
        // Against 4711: 4711 within (1) × 400, 4752 same division, two levels up (¼) × 200, 6201 other (0) × 200;
        // "Cosas varias" is unknown and left out: (400 + 50) / 800 = 0.5625 → 56; coverage 800 / 1,000.
        var book = ValuedBook.Of(
        [
            Client.Named("a").InSector("Bodegas").Worth(300m),
            Client.Named("b").InSector("Minimarket").Worth(100m),
            Client.Named("c").InSector("Ferretería").Worth(200m),
            Client.Named("d").InSector("Software").Worth(200m),
            Client.Named("e").InSector("Cosas varias").Worth(200m),
        ]);

        var relevance = SectorRelevanceRule.Score(book, ["4711"], Sectors);

        Assert.Equal(56, relevance.Score);
        Assert.Equal(0.2, relevance.UnmappedShareOfValue, 12);
        Assert.Equal(0.8, relevance.Coverage!.Value, 12);
        Assert.Equal(["Bodegas", "Minimarket"], relevance.SectorMix[0].Texts);
        Assert.Equal((null, SectorMatchLevel.None, (double?)null), (relevance.SectorMix.Single(s => s.Texts.Contains("Cosas varias")).Code,
            relevance.SectorMix.Single(s => s.Code is null).Match!.Value, relevance.SectorMix.Single(s => s.Code is null).Credit));
    }

    [Fact]
    public void Relevance_SeveralCodesChosen_TakesTheBestCreditPerClient()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector("Ferretería").Worth(100m), Client.Named("b").InSector("Banca").Worth(100m)]);

        // Ferretería 4752 against 4759: same group, one level up (½); Banca 6419 against 6492: same division, two up (¼):
        // (0.5 + 0.25) / 2 = 0.375 → 38.
        Assert.Equal(38, SectorRelevanceRule.Score(book, ["4759", "6492", "B"], Sectors).Score);
    }

    [Theory]
    [InlineData("4711", "4711", 1.0)]
    [InlineData("4711", "47", 1.0)]
    [InlineData("4711", "G", 1.0)]
    [InlineData("4752", "4711", 0.25)]
    [InlineData("4719", "4711", 0.5)]
    [InlineData("47", "4711", 0.25)]
    [InlineData("46", "4711", 0.0)]
    [InlineData("46", "47", 0.5)]
    [InlineData("6201", "4711", 0.0)]
    [InlineData("6201", "G", 0.0)]
    public void CreditOf_ClientCodeAgainstChosenCode_IsTheDocumentedCredit(string code, string chosen, double credit) =>
        Assert.Equal(credit, SectorRelevanceRule.CreditOf(code, chosen, Sectors));

    [Fact]
    public void Relevance_NothingMapped_IsUnknownRatherThanZero()
    {
        var book = ValuedBook.Of([Client.Named("a").InSector(" ").Worth(100m), Client.Named("b").Worth(100m)]);

        var relevance = SectorRelevanceRule.Score(book, ["4711"], Sectors);

        Assert.Null(relevance.Score);
        Assert.Equal(0.0, relevance.Coverage);
        Assert.Equal(new SectorShare(null, relevance.SectorMix[0].Texts, 2, 200m, 1.0, SectorMatchLevel.None), relevance.SectorMix.Single());
        Assert.Empty(relevance.SectorMix[0].Texts);
    }
}

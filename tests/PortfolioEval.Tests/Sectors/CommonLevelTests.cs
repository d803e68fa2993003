using PortfolioEval.Scoring;
using PortfolioEval.Sectors;

namespace PortfolioEval.Tests.Sectors;

public class CommonLevelTests
{
    private static readonly IsicTaxonomy Taxonomy = IsicTaxonomy.Instance;

    [Theory]
    [InlineData("0710", "0710", SectorMatchLevel.Class)]
    [InlineData("0721", "0729", SectorMatchLevel.Group)]
    [InlineData("0710", "0729", SectorMatchLevel.Division)]
    [InlineData("0710", "0610", SectorMatchLevel.Section)]
    [InlineData("0710", "4711", SectorMatchLevel.None)]
    // Codes of any level: the shallower one bounds the match.
    [InlineData("0710", "B", SectorMatchLevel.Section)]
    [InlineData("B", "0710", SectorMatchLevel.Section)]
    [InlineData("B", "B", SectorMatchLevel.Section)]
    [InlineData("07", "0710", SectorMatchLevel.Division)]
    [InlineData("071", "0710", SectorMatchLevel.Group)]
    [InlineData("47", "4711", SectorMatchLevel.Division)]
    [InlineData("47", "46", SectorMatchLevel.Section)]
    [InlineData("620", "6201", SectorMatchLevel.Group)]
    [InlineData("620", "5820", SectorMatchLevel.Section)]
    [InlineData("A", "B", SectorMatchLevel.None)]
    // Leading zeros are part of the code; written loosely, a code still matches.
    [InlineData("0111", "0112", SectorMatchLevel.Group)]
    [InlineData(" b", "0710", SectorMatchLevel.Section)]
    // Unknown codes share nothing.
    [InlineData("9999", "9999", SectorMatchLevel.None)]
    [InlineData("111", "0111", SectorMatchLevel.None)]
    [InlineData("", "B", SectorMatchLevel.None)]
    public void CommonLevel_TwoCodes_IsTheDeepestLevelTheyShare(string code, string target, SectorMatchLevel expected) =>
        Assert.Equal(expected, Taxonomy.CommonLevel(code, target));
}

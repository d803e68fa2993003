using System.Globalization;
using PortfolioEval.Sectors;

namespace PortfolioEval.Tests.Sectors;

public class SearchTests
{
    private static readonly IsicTaxonomy Taxonomy = IsicTaxonomy.Instance;
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-PE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static bool IsMining(IsicCode code) => Taxonomy.Path(code.Code)[0].Code == "B";

    [Theory]
    [InlineData("es-PE")]
    [InlineData("en-US")]
    public void Search_Miner_ListsMiningCodesFirst(string culture)
    {
        var results = Taxonomy.Search("miner", CultureInfo.GetCultureInfo(culture));

        Assert.Equal("B", results[0].Code);
        var firstOther = results.ToList().FindIndex(c => !IsMining(c));
        Assert.True(firstOther >= 8, $"a non-mining code at {firstOther}");
        Assert.All(results.Skip(firstOther), c => Assert.False(IsMining(c)));
    }

    [Fact]
    public void Search_SpanishWithoutAccents_FindsTheAccentedTitle()
    {
        var results = Taxonomy.Search("educacion superior", Spanish);

        Assert.Equal("853", results[0].Code);
        Assert.Contains(results, c => c.Code == "8530");
    }

    [Fact]
    public void Search_WordsInAnyOrderAndCase_MatchWordPrefixes()
    {
        var results = Taxonomy.Search("MENOR comerc", Spanish);

        // G "Comercio al por mayor y al por menor" holds both words too, and broader codes come first.
        Assert.Equal(["G", "47"], results.Take(2).Select(c => c.Code));
        Assert.All(results, c => Assert.Equal("G", Taxonomy.Path(c.Code)[0].Code));
    }

    [Fact]
    public void Search_EnglishWords_FindEnglishTitles()
    {
        Assert.Equal("47", Taxonomy.Search("retail trade", English)[0].Code);
        Assert.All(Taxonomy.Search("retail sale", English), c => Assert.StartsWith("47", c.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("07", "07")]
    [InlineData("0710", "0710")]
    [InlineData("b", "B")]
    public void Search_Code_PutsThatCodeFirst(string query, string first) =>
        Assert.Equal(first, Taxonomy.Search(query, Spanish)[0].Code);

    [Fact]
    public void Search_CodePrefix_ListsTheCodesUnderIt()
    {
        var results = Taxonomy.Search("07", English);

        Assert.Equal(["07", "071", "072", "0710", "0721", "0729"], results.Select(c => c.Code));
    }

    [Fact]
    public void Search_Synonym_FindsItsCode()
    {
        Assert.Equal("620", Taxonomy.Search("software", Spanish)[0].Code);
        Assert.Equal("6419", Taxonomy.Search("banca", Spanish)[0].Code);
    }

    [Fact]
    public void Search_Max_LimitsTheList() =>
        Assert.Equal(5, Taxonomy.Search("comercio", Spanish, max: 5).Count);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("zzzzqx")]
    public void Search_NothingToMatch_IsEmpty(string query) =>
        Assert.Empty(Taxonomy.Search(query, Spanish));
}

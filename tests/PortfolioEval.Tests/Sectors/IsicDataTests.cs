using System.Globalization;
using System.Text;
using PortfolioEval.Sectors;

namespace PortfolioEval.Tests.Sectors;

public class IsicDataTests
{
    private static readonly IsicTaxonomy Taxonomy = IsicTaxonomy.Instance;

    [Fact]
    public void All_HoldsTheIsicRev4Structure_766CodesIn21SectionsAnd419Classes()
    {
        var perLevel = Taxonomy.All.GroupBy(c => c.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(766, Taxonomy.All.Count);
        Assert.Equal(21, perLevel[IsicLevel.Section]);
        Assert.Equal(88, perLevel[IsicLevel.Division]);
        Assert.Equal(238, perLevel[IsicLevel.Group]);
        Assert.Equal(419, perLevel[IsicLevel.Class]);
        Assert.Equal(766, Taxonomy.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryCode_HasAnEnglishAndASpanishTitle()
    {
        var missing = Taxonomy.All
            .Where(c => string.IsNullOrWhiteSpace(c.TitleEn) || string.IsNullOrWhiteSpace(c.TitleEs))
            .Select(c => c.Code);

        Assert.Empty(missing);
    }

    [Fact]
    public void All_EveryParent_ExistsOneLevelUpAndPrefixesTheCode()
    {
        foreach (var code in Taxonomy.All)
        {
            var expectedLength = code.Level switch { IsicLevel.Section => 1, IsicLevel.Division => 2, IsicLevel.Group => 3, _ => 4 };
            Assert.Equal(expectedLength, code.Code.Length);
            if (code.Level == IsicLevel.Section)
            {
                Assert.Null(code.Parent);
                Assert.InRange(code.Code[0], 'A', 'U');
                continue;
            }

            var parent = Taxonomy.Find(code.Parent!);
            Assert.NotNull(parent);
            Assert.Equal(code.Level - 1, parent.Level);
            if (code.Level != IsicLevel.Division)
                Assert.StartsWith(parent.Code, code.Code, StringComparison.Ordinal);
            else
                Assert.True(code.Code.All(char.IsAsciiDigit), code.Code);
        }
    }

    [Fact]
    public void All_InTreeOrder_EachCodeFollowsItsParent()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in Taxonomy.All)
        {
            Assert.True(code.Parent is null || seen.Contains(code.Parent), $"{code.Code} before its parent");
            seen.Add(code.Code);
        }
    }

    [Theory]
    [InlineData("01", IsicLevel.Division, "A")]
    [InlineData("011", IsicLevel.Group, "01")]
    [InlineData("0111", IsicLevel.Class, "011")]
    [InlineData("0710", IsicLevel.Class, "071")]
    public void Find_CodeWithLeadingZero_KeepsItAsText(string code, IsicLevel level, string parent)
    {
        var found = Taxonomy.Find(code);

        Assert.NotNull(found);
        Assert.Equal(level, found.Level);
        Assert.Equal(parent, found.Parent);
    }

    [Theory]
    [InlineData(" b ", "B")]
    [InlineData("0710 ", "0710")]
    public void Find_CodeWithSpacesOrLowerCase_FindsIt(string written, string code) =>
        Assert.Equal(code, Taxonomy.Find(written)?.Code);

    [Theory]
    [InlineData("111")]
    [InlineData("0114x")]
    [InlineData("V")]
    [InlineData("")]
    public void Find_UnknownCode_IsNull(string code) => Assert.Null(Taxonomy.Find(code));

    [Theory]
    // Codes CIIU A.C. reuses for another activity: our own title, never the Colombian one.
    [InlineData("0123", "Cultivo de cítricos")]
    [InlineData("1071", "Elaboración de productos de panadería")]
    [InlineData("6511", "Seguros de vida")]
    // Codes absent from the Colombian source.
    [InlineData("0146", "Cría de aves de corral")]
    [InlineData("4100", "Construcción de edificios")]
    [InlineData("8530", "Educación superior")]
    public void TitleEs_CodeWithoutAColombianTitle_HasTheTitleWeWrote(string code, string title) =>
        Assert.Equal(title, Taxonomy.Find(code)?.TitleEs);

    [Theory]
    [InlineData("es-PE", "Explotación de minas y canteras")]
    [InlineData("es", "Explotación de minas y canteras")]
    [InlineData("en-US", "Mining and quarrying")]
    [InlineData("", "Mining and quarrying")]
    public void Title_ByCulture_SpanishForAnySpanishCultureElseEnglish(string culture, string title) =>
        Assert.Equal(title, Taxonomy.Find("B")!.Title(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Ancestors_Class_RunsUpToTheSection()
    {
        Assert.Equal(["071", "07", "B"], Taxonomy.Ancestors("0710").Select(c => c.Code));
        Assert.Equal(["B", "07", "071", "0710"], Taxonomy.Path("0710").Select(c => c.Code));
        Assert.Equal("071", Taxonomy.Parent("0710")?.Code);
        Assert.Null(Taxonomy.Parent("B"));
        Assert.Empty(Taxonomy.Ancestors("B"));
        Assert.Equal(["05", "06", "07", "08", "09"], Taxonomy.Children("B").Select(c => c.Code));
    }

    [Fact]
    public void EmbeddedCsv_IsUtf8WithoutBomCrlfAndTheDocumentedHeader()
    {
        using var stream = typeof(IsicTaxonomy).Assembly.GetManifestResourceStream("PortfolioEval.Sectors.isic4.csv");
        Assert.NotNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var text = new UTF8Encoding(false, true).GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.StartsWith("code,level,parent,title_en,title_es\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, text.Split("\r\n").Length);
    }

    [Fact]
    public void Instance_FromManyThreads_IsOneSharedTaxonomy()
    {
        var instances = new IsicTaxonomy[16];

        Parallel.For(0, instances.Length, i => instances[i] = IsicTaxonomy.Instance);

        Assert.All(instances, t => Assert.Same(Taxonomy, t));
    }
}

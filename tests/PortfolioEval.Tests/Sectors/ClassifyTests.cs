using PortfolioEval.Sectors;

namespace PortfolioEval.Tests.Sectors;

public class ClassifyTests
{
    private static readonly IsicTaxonomy Taxonomy = IsicTaxonomy.Instance;

    [Theory]
    // The examples of issue 5.
    [InlineData("Minería", "B")]
    [InlineData("Retail", "47")]
    [InlineData("Comercio minorista", "47")]
    [InlineData("Software", "620")]
    [InlineData("Agroindustria", "10")]
    [InlineData("technolgy", "J")]
    // Written as books write them: case, accents, spaces, filler words, "&".
    [InlineData("mineria", "B")]
    [InlineData("MINERÍA", "B")]
    [InlineData("Comercio Minorista ", "47")]
    [InlineData("Sector minero", "B")]
    [InlineData("Mining industry", "B")]
    [InlineData("Rubro: Construcción", "F")]
    [InlineData("Petróleo & Gas", "06")]
    [InlineData("Oil and gas", "06")]
    // The words of real books named in issue 13, accents optional.
    [InlineData("Bodegas y minimarkets", "4711")]
    [InlineData("bodegas & minimarkets", "4711")]
    [InlineData("Minimarket", "4711")]
    [InlineData("Agribusiness", "01")]
    [InlineData("Agronegocios", "01")]
    [InlineData("RETAIL", "47")]
    [InlineData("Mineria", "B")]
    // Broad and narrow words at the level they mean.
    [InlineData("Supermercados", "4711")]
    [InlineData("Tecnología", "J")]
    [InlineData("TI", "620")]
    [InlineData("Agroexportación", "01")]
    [InlineData("Alimentos y bebidas", "C")]
    [InlineData("Consumo masivo", "C")]
    [InlineData("Industria alimentaria", "10")]
    [InlineData("Farmacéutica", "2100")]
    [InlineData("Farmacias", "4772")]
    [InlineData("Clínicas", "8610")]
    [InlineData("Salud", "86")]
    [InlineData("Banca", "6419")]
    [InlineData("Seguros", "651")]
    [InlineData("Logística", "52")]
    [InlineData("Telecomunicaciones", "61")]
    [InlineData("Mayorista", "46")]
    [InlineData("Distribución", "46")]
    [InlineData("Hotelería", "5510")]
    [InlineData("Restaurantes", "5610")]
    [InlineData("Turismo", "79")]
    [InlineData("Consultoría", "M")]
    [InlineData("Publicidad", "7310")]
    [InlineData("Plásticos", "2220")]
    [InlineData("Metalmecánica", "25")]
    [InlineData("Automotriz", "29")]
    [InlineData("Pesca", "03")]
    [InlineData("Inmobiliaria", "68")]
    // A code with a single child moves down to it: it means the same activities.
    [InlineData("Educación", "85")]
    [InlineData("Gobierno", "84")]
    [InlineData("Energía", "35")]
    [InlineData("Construction of buildings", "4100")]
    // Titles in either language, and codes typed as codes.
    [InlineData("Cultivo de uva", "0121")]
    [InlineData("Manufacture of dairy products", "1050")]
    [InlineData("Extraccion de minerales de hierro", "0710")]
    [InlineData("4711", "4711")]
    [InlineData("CIIU 0710", "0710")]
    public void Classify_SectorAsWritten_MapsToTheCodeItMeans(string text, string code) =>
        Assert.Equal(code, Taxonomy.Classify(text));

    [Theory]
    [InlineData("comercio minorsita", "47")]
    [InlineData("Supermercdos", "4711")]
    [InlineData("Telecomunicasiones", "61")]
    [InlineData("Agroindustira", "10")]
    [InlineData("Hospitl", "8610")]
    [InlineData("Restauranes", "5610")]
    public void Classify_OneSlipFromASynonym_MapsAnyway(string text, string code) =>
        Assert.Equal(code, Taxonomy.Classify(text));

    [Theory]
    [InlineData("Banca y seguros", "K")]
    [InlineData("Telecom & Tecnología", "J")]
    [InlineData("Minería / Petróleo", "B")]
    [InlineData("Hotels and restaurants", "I")]
    public void Classify_ListOfSectorsInOneBranch_MapsToTheCodeTheyShare(string text, string code) =>
        Assert.Equal(code, Taxonomy.Classify(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdf")]
    [InlineData("Varios")]
    [InlineData("Otros")]
    [InlineData("Otros servicios")]
    [InlineData("Servicos")]
    [InlineData("N/A")]
    [InlineData("Cliente VIP")]
    [InlineData("Sector privado")]
    [InlineData("Pymes")]
    // Near a synonym but a different word: short words must be exact, the first letter must match.
    [InlineData("Audio")]
    [InlineData("Rental")]
    [InlineData("Dining")]
    // Lists that span sections, and words left out because their usual meanings do.
    [InlineData("Minería y energía")]
    [InlineData("Retail / Consumo masivo")]
    [InlineData("Hotelería y turismo")]
    [InlineData("Retail y otros")]
    [InlineData("Utilities")]
    [InlineData("Bodegas")]
    [InlineData("1234")]
    public void Classify_NotASectorOrAmbiguous_IsUnmapped(string? text) =>
        Assert.Null(Taxonomy.Classify(text));

    public static TheoryData<string, string> EverySynonym()
    {
        var data = new TheoryData<string, string>();
        foreach (var (code, words) in SectorSynonyms.Table)
        {
            foreach (var word in words)
                data.Add(word, code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySynonym))]
    public void Classify_EverySynonymInTheTable_MapsToItsCodeOrItsOnlyChild(string word, string code)
    {
        var expected = Taxonomy.Find(code);
        Assert.NotNull(expected);
        while (Taxonomy.Children(expected.Code) is [var only])
            expected = only;

        Assert.Equal(expected.Code, Taxonomy.Classify(word));
    }

    [Fact]
    public void NotSectors_EveryEntry_IsUnmapped() =>
        Assert.All(SectorSynonyms.NotSectors, word => Assert.Null(Taxonomy.Classify(word)));
}

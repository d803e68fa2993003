using System.Globalization;
using System.Net;
using System.Text;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using static PortfolioEval.Tests.Recruiting.CompareSteps;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Comparison)]
public class CompareCsvTests(PortfolioFactory app)
{
    private const string Calc = "=cmd|' /C calc'!A0";

    [Fact]
    public async Task Csv_InSpanish_IsSemicolonSeparatedUtf8WithBom_OneRowPerCriterion_NamesNeutralised_EachLoggedAsExport()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Exporta Comparación", [Calc, "Bruno S.", "@carla"]);

        using var response = await company.Admin.Client.GetAsync(CsvUrl(company.Books));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("comparacion-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Criterio;Unidad;'=cmd|' /C calc'!A0;Bruno S.;'@carla", lines[0]);
        Assert.Equal(20, lines.Length); // the names, the 18 criteria of the page and the currencies
        Assert.Single(lines, line => line.StartsWith("Valor de la cartera;importe en la moneda de la cartera;", StringComparison.Ordinal));
        Assert.Single(lines, line => line.StartsWith("Ingresos esperados en los próximos 12 meses;", StringComparison.Ordinal));
        Assert.StartsWith("Puntuación global (0–100);puntaje 0–100;", lines[4], StringComparison.Ordinal);
        Assert.Equal("Clientes;cantidad;45;70;55", lines[2]);
        Assert.Equal("Moneda de los importes;código ISO;USD;PEN;PEN", lines[3]);
        Assert.All(lines, line => Assert.Equal(4, Cells(line, ';').Count - 1));
        Assert.All(lines.SelectMany(line => Cells(line, ';')), cell => Assert.DoesNotMatch("^[=+\\-@\\t\\r]", cell));
        // Scores, shares and amounts are plain numbers a spreadsheet sums: no thousands dot, no unit, a decimal comma.
        var figures = lines.Skip(1).Select(line => Cells(line, ';'))
            .Where(cells => cells[1].StartsWith("puntaje", StringComparison.Ordinal) || cells[1].StartsWith("importe", StringComparison.Ordinal) || cells[1].StartsWith('%'))
            .ToList();
        Assert.Equal(12, figures.Count);
        Assert.All(figures.SelectMany(cells => cells.Skip(2)), cell => Assert.Matches("^([0-9]+(,[0-9]+)?)?$", cell));
        var log = await app.LogOfAsync(company.Books);
        Assert.Equal(3, log.Count);
        Assert.All(log, e => Assert.Equal(AccessAction.Export, e.Action));
    }

    [Fact]
    public async Task Csv_InEnglish_IsCommaSeparated_AndANameHoldingTheOtherSeparatorStaysOneCell()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Export Comparison", ["Ana, T.;=1+1", "Bruno S."]);
        using var request = new HttpRequestMessage(HttpMethod.Get, CsvUrl(company.Books));
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await company.Admin.Client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Criterion,Unit,\"Ana, T.;=1+1\",Bruno S.", lines[0]);
        Assert.Equal("Clients,count,45,70", lines[2]);
        Assert.StartsWith("comparison-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"Ana\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"Ana\"\")\"")]
    [InlineData("+51 999", "'+51 999")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("Ana;=1+1", "\"Ana;=1+1\"")]
    [InlineData("Ana Torres", "Ana Torres")]
    [InlineData("", "")]
    public void SafeCsvCell_NeutralisesEveryFormulaStart(string value, string expected) =>
        Assert.Equal(expected, SafeCsv.Cell(value));

    [Theory]
    [InlineData("es", ';')]
    [InlineData("es-ES", ';')]
    [InlineData("es-PE", ',')] // Peru writes 1,234.56: its spreadsheets split lists on commas
    [InlineData("en", ',')]
    public void Separator_FollowsTheCulturesDecimalComma(string culture, char separator) =>
        Assert.Equal(separator, ComparisonCsv.SeparatorFor(CultureInfo.GetCultureInfo(culture)));

    /// <summary>Splits one CSV line into its cells, quotes honoured.</summary>
    private static List<string> Cells(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Books.Values;

/// <summary>
/// Issue 14's defects in a book's values, through the pages as a candidate and a recruiter meet them, in Spanish and
/// English: sales lines, currencies never guessed, one country however it is written, own vs assigned clients, and
/// books with names.
/// </summary>
[Collection(SharedPortal.Books)]
public class BookValuesPagesTests(PortfolioFactory app)
{
    [Theory]
    [InlineData("es", "2 oportunidades abiertas (pipeline) + 1 oportunidades perdidas = 6 filas leídas")]
    [InlineData("en", "2 open deals (pipeline) + 1 lost deals = 6 rows read")]
    public async Task Import_SalesLines_ValueIsQuantityTimesPriceLessDiscount_OpenIsPipeline_LostIsCounted(string language, string accounting)
    {
        var candidate = await CandidateAsync(language);
        var csv = "Cliente;Etapa;Cantidad;Precio unitario;Descuento;Fecha\n"
                  + "Minera Andina;Ganada;3;1.000,00;10%;04/05/2026\n"
                  + "Minera Andina;Perdida;5;1.000,00;;05/05/2026\n"
                  + "Agro Norte;Abierta;2;500,00;;06/05/2026\n"
                  + "Bodega Sur;Ganada;1;250,00;50,00;07/05/2026\n"
                  + "Bodega Sur;En negociación;4;100,00;;08/05/2026\n"
                  + "Bodega Sur;Ganada;2;100,00;;09/05/2026\n";
        var mapPath = await candidate.UploadBookAsync("ventas.csv", Encoding.UTF8.GetBytes(csv));

        var map = await candidate.GetDocumentAsync(mapPath);
        string Proposed(int column) => map.QuerySelector($"select[name='Fields[{column}]'] option[selected]")!.GetAttribute("value")!;
        Assert.Equal(["Client", "Stage", "Quantity", "UnitPrice", "Discount", "LastContactDate"], Enumerable.Range(0, 6).Select(Proposed));
        var summary = await ImportAsync(candidate, mapPath);

        Assert.Equal("2", summary.QuerySelector("[data-testid=clients]")!.TextContent.Trim());
        Assert.Contains(accounting, summary.QuerySelector("[data-testid=accounting]")!.TextContent, StringComparison.Ordinal);
        var culture = CultureInfo.GetCultureInfo(language);
        // Minera 3 × 1,000 less 10% = 2,700; Bodega 250 − 50 + 2 × 100 = 400; all in the book's declared PEN.
        Assert.Equal([("PEN", 3100m)], Totals(summary, "totals", culture));
        Assert.Equal([("PEN", 1400m)], Totals(summary, "pipeline", culture));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Import_DollarSignAndUnmarkedAmountsInAPeruvianBook_TakeTheAnswersOfTheMappingPage_NeverOneTotal(string language)
    {
        // The book: "$ 1.234,56" and unmarked amounts in a PEN book were summed into one "not stated" total.
        var candidate = await CandidateAsync(language);
        var mapPath = await candidate.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(
            "Cliente;Monto;Fecha\nMinera Andina;$ 1.234,56;04/05/2026\nAgro Norte;500,00;05/05/2026\nBodega Sur;S/ 300,00;06/05/2026\n"));

        var map = await candidate.GetDocumentAsync(mapPath);
        Assert.NotNull(map.QuerySelector("[data-testid=book-declarations]"));
        Assert.Equal("USD", Selected(map, "DollarSignCurrency"));
        Assert.Equal("PEN", Selected(map, "BookCurrency"));
        var summary = await ImportAsync(candidate, mapPath);

        var culture = CultureInfo.GetCultureInfo(language);
        Assert.Equal([("USD", 1234.56m), ("PEN", 800m)], Totals(summary, "totals", culture));
    }

    [Theory]
    [InlineData("es", "sin indicar", "$ (dólar o peso, sin indicar)")]
    [InlineData("en", "not stated", "$ (dollar or peso, not stated)")]
    public async Task Import_CandidateLeavesTheCurrenciesUnstated_DollarsAndUnmarkedStayTwoTotals(string language, string unstated, string dollar)
    {
        var candidate = await CandidateAsync(language);
        var mapPath = await candidate.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(
            "Cliente;Monto;Fecha\nMinera Andina;$ 1.234,56;04/05/2026\nAgro Norte;500,00;05/05/2026\nCampo Verde;$ 100,00;05/05/2026\n"));

        var summary = await ImportAsync(candidate, mapPath, new() { ["DollarSignCurrency"] = "", ["BookCurrency"] = "" });

        var culture = CultureInfo.GetCultureInfo(language);
        Assert.Equal([(dollar, 1334.56m), (unstated, 500m)], Totals(summary, "totals", culture));
    }

    [Theory]
    [InlineData("es", "100 % son con clientes que el vendedor captó, 0 % heredados, 0 % asignados", "×1,00")]
    [InlineData("en", "100% are with clients the salesperson won, 0% inherited, 0% assigned", "×1.00")]
    public async Task Report_ClientsTheCandidateWon_ShowTheSplit_AndFollowTheCandidateInFull(string language, string split, string factor)
    {
        var candidate = await CandidateAsync(language);
        var rows = Enumerable.Range(1, 6).Select(i => $"Cliente {i};Retail;1{i}/05/2026;{i}000,00");
        var mapPath = await candidate.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes("Cliente;Rubro;Fecha;Monto\n" + string.Join('\n', rows)));

        var summary = await ImportAsync(candidate, mapPath, new() { ["BulkOrigin"] = "Won" });
        var report = await candidate.GetDocumentAsync(ReportPath(summary));

        Assert.Contains(split, report.QuerySelector("[data-testid=bv-origins]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(factor, report.QuerySelector("[data-testid=adjustment][data-kind=Transferability] [data-testid=factor]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Report_BookThatDoesNotSayTheOrigin_ShowsNoSplit_AndTheNeutralWeight()
    {
        var candidate = await CandidateAsync("en");
        var rows = Enumerable.Range(1, 6).Select(i => $"Cliente {i};Retail;1{i}/05/2026;{i}000,00");
        var summary = await ImportAsync(candidate, await candidate.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes("Cliente;Rubro;Fecha;Monto\n" + string.Join('\n', rows))));

        var report = await candidate.GetDocumentAsync(ReportPath(summary));

        Assert.Null(report.QuerySelector("[data-testid=bv-origins]"));
        Assert.Equal("×0.80", report.QuerySelector("[data-testid=adjustment][data-kind=Transferability] [data-testid=factor]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("es", "100 %")]
    [InlineData("en", "100%")]
    public async Task Compare_ShowsTheShareOfSalesWithClientsTheSalespersonWon_WhereTheBookSays(string language, string won)
    {
        var admin = await app.NewCompanyAdminAsync("Comparadora " + Guid.NewGuid().ToString("N")[..6]);
        var books = new List<Guid>();
        foreach (var origin in new[] { "Won", "Unknown" })
        {
            var candidate = await app.NewCandidateAsync();
            var rows = Enumerable.Range(1, 6).Select(i => $"Cliente {i};Retail;1{i}/05/2026;{i}000,00");
            var mapPath = await candidate.Client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes("Cliente;Rubro;Fecha;Monto\n" + string.Join('\n', rows)));
            var summary = await ImportAsync(candidate.Client, mapPath, new() { ["BulkOrigin"] = origin });
            var bookId = Guid.Parse(ReportPath(summary).Split('/')[^1]);
            await app.GrantAsync(candidate, admin, "Postulante " + origin, bookId: bookId);
            books.Add(bookId);
        }
        admin.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await admin.Client.GetDocumentAsync(CompareSteps.CompareUrl(books));

        var cells = page.QuerySelectorAll("[data-testid=clients-won] td a").Select(c => c.TextContent.Trim()).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { won, "—" }.Order(StringComparer.Ordinal), cells);
    }

    [Theory]
    [InlineData("es", "Perú")]
    [InlineData("en", "Peru")]
    public async Task Dashboard_BooksSayingPeruAndPerú_AreOneCountryInTheFilter(string language, string name)
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora " + Guid.NewGuid().ToString("N")[..6]);
        var opening = await app.NewTradeOpeningAsync(admin);
        foreach (var country in new[] { "Perú", "Peru", "PER" })
        {
            var rows = Enumerable.Range(1, 6).Select(i => $"Cliente {i};Retail;1{i}/05/2026;1000,00;Lima;{country}");
            var candidate = await app.NewCandidateWithBookAsync("cartera.csv",
                Encoding.UTF8.GetBytes("Cliente;Rubro;Fecha;Monto;Ciudad;País\n" + string.Join('\n', rows)));
            await app.GrantAsync(candidate, admin, "Postulante " + country, opening.Id);
        }
        admin.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        admin.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var dashboard = await admin.Client.GetDocumentAsync(DashboardSteps.DashboardUrl(opening.Id));
        var options = dashboard.QuerySelectorAll("[data-testid=country-filter] option").Skip(1).ToList();
        var filtered = await admin.Client.GetDocumentAsync(DashboardSteps.DashboardUrl(opening.Id, "?country=PE"));

        Assert.Equal([("PE", name)], options.Select(o => (o.GetAttribute("value"), o.TextContent.Trim())));
        Assert.Equal(3, DashboardSteps.Rows(filtered).Count);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Books_AreListedByTheirFileName_UntilTheCandidateNamesThem(string language)
    {
        var candidate = await CandidateAsync(language);
        var mapPath = await candidate.UploadBookAsync("cartera-2026.csv", Encoding.UTF8.GetBytes("Cliente;Monto\nMinera Andina;100\n"));
        var summary = await ImportAsync(candidate, mapPath);
        Assert.Equal("cartera-2026.csv", summary.QuerySelector("[data-testid=book-name]")!.TextContent.Trim());

        using var renamed = await candidate.SubmitAsync(summary, summary.Url, new Dictionary<string, string> { ["Label"] = "Cartera Lima norte" }, "[data-testid=rename-form]");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var home = await candidate.GetDocumentAsync("/Candidate");
        Assert.Equal(["Cartera Lima norte"], home.QuerySelectorAll("[data-testid=book-name]").Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain("CSV · CSV", home.Body!.TextContent, StringComparison.Ordinal);
        var privacy = await candidate.GetDocumentAsync("/Candidate/Privacy");
        Assert.Contains("Cartera Lima norte", privacy.QuerySelector("[data-testid=stored-book]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_LabelLongerThanEightyCharacters_IsRefusedWith422()
    {
        var candidate = await CandidateAsync("en");
        var summary = await ImportAsync(candidate, await candidate.UploadBookAsync("c.csv", Encoding.UTF8.GetBytes("Cliente;Monto\nA;1\n")));

        using var refused = await candidate.SubmitAsync(summary, summary.Url, new Dictionary<string, string> { ["Label"] = new string('x', 81) }, "[data-testid=rename-form]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    private async Task<HttpClient> CandidateAsync(string language)
    {
        var client = (await app.NewCandidateAsync()).Client;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private static async Task<IHtmlDocument> ImportAsync(HttpClient candidate, string mapPath, Dictionary<string, string>? changes = null)
    {
        using var imported = await candidate.ConfirmMappingAsync(mapPath, changes);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        return await candidate.GetDocumentAsync(imported.Headers.Location!.OriginalString);
    }

    // The rename form posts to the summary's own path: the report is beside it.
    private static string ReportPath(IHtmlDocument summary) =>
        summary.QuerySelector("[data-testid=rename-form]")!.GetAttribute("action")!.Split('?')[0].Replace("Summary", "Report", StringComparison.Ordinal);

    private static string? Selected(IHtmlDocument page, string name) =>
        (page.QuerySelector($"select[name={name}]") as IHtmlSelectElement)!.Value;

    private static List<(string Currency, decimal Amount)> Totals(IHtmlDocument page, string testId, CultureInfo culture) =>
        [.. page.QuerySelectorAll($"[data-testid={testId}] tbody tr").Select(r => r.QuerySelectorAll("td").ToList())
            .Select(cells => (cells[0].TextContent.Trim(), decimal.Parse(cells[1].TextContent.Trim(), NumberStyles.Number, culture)))];
}

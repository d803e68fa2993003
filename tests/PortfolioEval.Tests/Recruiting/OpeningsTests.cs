using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Recruiting)]
public class OpeningsTests(PortfolioFactory app)
{
    private static readonly string[] Weights = ["FreshnessWeight", "RelevanceWeight", "DealValueWeight", "QualityWeight"];

    private static Dictionary<string, string> Save(string title, string? extraSector = "4711") => new()
    {
        ["Input.Title"] = title,
        ["Input.Location"] = "Arequipa",
        ["Sectors"] = extraSector ?? "",
        ["Input.TargetDealSize"] = "20000",
        ["Input.TargetCurrency"] = "pen",
        ["Input.FreshnessWeight"] = "40",
        ["Input.RelevanceWeight"] = "30",
        ["Input.DealValueWeight"] = "20",
        ["Input.QualityWeight"] = "10",
        ["Command"] = "save",
    };

    [Fact]
    public async Task Recruiter_CreatesAnOpening_ListedOpenWithItsPublicLink()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Sur");
        var recruiter = await app.NewColleagueAsync(admin); // any recruiter of the company, not only its admin

        using var created = await recruiter.Client.SubmitAsync("/Recruiter/Openings/Edit", Save("Ejecutivo de ventas retail"), "[data-testid=opening-form]");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var opening = await SingleOpeningAsync(recruiter);
        Assert.Equal("Ejecutivo de ventas retail", opening.Title);
        Assert.Equal("Arequipa", opening.Location);
        Assert.Equal(["4711"], opening.SectorCodes);
        Assert.Equal(20000m, opening.TargetDealSize);
        Assert.Equal("PEN", opening.TargetCurrency);
        Assert.Equal((0.4, 0.3, 0.2, 0.1), (opening.FreshnessWeight, opening.RelevanceWeight, opening.DealValueWeight, opening.QualityWeight));
        Assert.True(opening.IsOpen);
        var row = (await admin.Client.GetDocumentAsync("/Recruiter/Openings")).QuerySelector("[data-testid=opening]")!;
        Assert.Equal("Ejecutivo de ventas retail", row.QuerySelector("[data-testid=opening-title]")!.TextContent);
        Assert.Equal("Abierta", row.QuerySelector("[data-testid=opening-state]")!.TextContent.Trim());
        Assert.Equal("0", row.QuerySelector("[data-testid=opening-candidates]")!.TextContent);
        Assert.Equal($"http://localhost/Openings/{opening.PublicCode}", row.QuerySelector("[data-testid=opening-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NewOpening_StartsWithTheDefaultWeights()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Este");

        var form = await admin.Client.GetDocumentAsync("/Recruiter/Openings/Edit");

        string Weight(string name) => ((IHtmlInputElement)form.QuerySelector($"input[name='Input.{name}']")!).Value;
        Assert.Equal(["35", "25", "25", "15"], Weights.Select(Weight));
    }

    [Fact]
    public async Task Edit_SearchingASectorKeepsWhatWasTyped_AndOnlySaveChangesTheOpening()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Oeste");
        var opening = await app.NewOpeningAsync(admin, "Vendedor mayorista");
        var path = $"/Recruiter/Openings/Edit/{opening.Id}";

        using var searched = await admin.Client.SubmitAsync(path, new Dictionary<string, string> { ["Input.Title"] = "Vendedor minorista", ["Find"] = "supermercado" }, "[data-testid=opening-form]");
        var page = await Forms.ParseAsync(searched);
        var unchanged = await SingleOpeningAsync(admin);
        using var saved = await admin.Client.SubmitAsync(page, path, new Dictionary<string, string> { ["Sectors"] = "4711", ["Command"] = "save" }, "[data-testid=opening-form]");

        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.Equal("Vendedor minorista", ((IHtmlInputElement)page.QuerySelector("input[name='Input.Title']")!).Value);
        Assert.Contains("4711", page.QuerySelectorAll("[data-testid=found-sectors] input").Select(i => i.GetAttribute("value")));
        Assert.Equal("Vendedor mayorista", unchanged.Title);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await SingleOpeningAsync(admin);
        Assert.Equal("Vendedor minorista", changed.Title);
        Assert.Equal(["4711"], changed.SectorCodes);
    }

    [Fact]
    public async Task Edit_InvalidFields_AreRefusedNamingEachField()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Norte");
        var fields = Save("");
        fields["Input.TargetCurrency"] = "S/";
        fields["Input.QualityWeight"] = "150";

        using var refused = await admin.Client.SubmitAsync("/Recruiter/Openings/Edit", fields, "[data-testid=opening-form]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("El campo Título es obligatorio.", html, StringComparison.Ordinal);
        Assert.Contains("El campo Moneda debe ser un código de tres letras, como PEN o USD.", html, StringComparison.Ordinal);
        Assert.Contains("El campo Calidad de los datos debe estar entre 0 y 100.", html, StringComparison.Ordinal);
        Assert.Empty(await OpeningsOfAsync(admin));
    }

    [Fact]
    public async Task Edit_TargetWithoutCurrency_OrEveryWeightZero_IsRefused()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Centro");
        var fields = Save("Key account manager");
        fields["Input.TargetCurrency"] = "";
        foreach (var weight in Weights)
            fields[$"Input.{weight}"] = "0";

        using var refused = await admin.Client.SubmitAsync("/Recruiter/Openings/Edit", fields, "[data-testid=opening-form]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Indica la moneda del tamaño de venta objetivo.", html, StringComparison.Ordinal);
        Assert.Contains("Al menos un peso debe ser mayor que cero.", html, StringComparison.Ordinal);
        Assert.Empty(await OpeningsOfAsync(admin));
    }

    [Fact]
    public async Task CloseAndReopen_ChangeWhatTheListAndThePublicPageSay()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Costa");
        var opening = await app.NewOpeningAsync(admin);
        var path = $"/Recruiter/Openings/Edit/{opening.Id}";
        var visitor = app.CreateClient();

        using var closed = await admin.Client.SubmitAsync(path, new Dictionary<string, string>(), "[data-testid=close-opening]");
        var listWhenClosed = await admin.Client.GetDocumentAsync("/Recruiter/Openings");
        var publicWhenClosed = await visitor.GetDocumentAsync($"/Openings/{opening.PublicCode}");
        using var reopened = await admin.Client.SubmitAsync(path, new Dictionary<string, string>(), "[data-testid=reopen-opening]");
        var publicWhenOpen = await visitor.GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Cerrada", listWhenClosed.QuerySelector("[data-testid=opening-state]")!.TextContent.Trim());
        Assert.NotNull(publicWhenClosed.QuerySelector("[data-testid=opening-closed]"));
        Assert.Null(publicWhenClosed.QuerySelector("[data-testid=apply]"));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null(publicWhenOpen.QuerySelector("[data-testid=opening-closed]"));
        Assert.NotNull(publicWhenOpen.QuerySelector("[data-testid=apply]"));
    }

    [Fact]
    public async Task AnotherCompanysOpening_IsNotFound_ToSeeChangeOrClose()
    {
        var owner = await app.NewCompanyAdminAsync("Distribuidora Propia");
        var opening = await app.NewOpeningAsync(owner, "Vacante ajena");
        var stranger = await app.NewCompanyAdminAsync("Distribuidora Ajena");
        var path = $"/Recruiter/Openings/Edit/{opening.Id}";

        using var seen = await stranger.Client.GetAsync(path);
        var fields = Save("Cambiada");
        fields["__RequestVerificationToken"] = await stranger.Client.TokenAsync();
        using var content = new FormUrlEncodedContent(fields);
        using var changed = await stranger.Client.PostAsync(path, content);
        using var close = await stranger.Client.PostWithTokenAsync($"{path}?handler=Close", new Dictionary<string, string>());
        var list = await stranger.Client.GetDocumentAsync("/Recruiter/Openings");

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        Assert.Empty(list.QuerySelectorAll("[data-testid=opening]"));
        var untouched = await SingleOpeningAsync(owner);
        Assert.Equal("Vacante ajena", untouched.Title);
        Assert.True(untouched.IsOpen);
    }

    [Fact]
    public async Task OpeningsList_CountsOnlyConsentsInForce()
    {
        var admin = await app.NewCompanyAdminAsync("Distribuidora Conteo");
        var opening = await app.NewOpeningAsync(admin);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, admin, "Ana", opening.Id);
        await app.GrantAsync(candidate, admin, "Ana otra vez", opening.Id);
        await app.RevokeAsync(await app.GrantAsync(candidate, admin, "Ana revocada", opening.Id));
        await app.GrantAsync(candidate, admin, "Ana directa");

        var row = (await admin.Client.GetDocumentAsync("/Recruiter/Openings")).QuerySelector("[data-testid=opening]")!;

        Assert.Equal("2", row.QuerySelector("[data-testid=opening-candidates]")!.TextContent);
    }

    private async Task<List<Opening>> OpeningsOfAsync(Person recruiter)
    {
        var companyId = await app.CompanyIdAsync(recruiter);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Openings.AsNoTracking().Where(o => o.CompanyId == companyId).ToListAsync();
    }

    private async Task<Opening> SingleOpeningAsync(Person recruiter) => Assert.Single(await OpeningsOfAsync(recruiter));
}

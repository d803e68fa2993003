using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>The public job board: open openings only, their texts and closing date; past the date, no applications.</summary>
[Collection(SharedPortal.Recruiting)]
public class JobBoardTests(PortfolioFactory app)
{
    private async Task PublishAsync(Guid openingId, string description, string requirements, DateOnly? closesOn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        (await db.Openings.FindAsync(openingId))!.Publish(description, requirements, closesOn);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Board_ListsOpenOpeningsWithCompanyAndClosingDate_NotClosedOrPastOnes()
    {
        var company = await app.NewCompanyAsync("Bolsa Andina");
        var open = await app.NewOpeningAsync(company, "Vendedor abierto");
        var closed = await app.NewOpeningAsync(company, "Vendedor cerrado", open: false);
        var past = await app.NewOpeningAsync(company, "Vendedor vencido");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PublishAsync(open.Id, "Visitas a bodegas.", "Dos años de experiencia.", today.AddDays(10));
        await PublishAsync(past.Id, "", "", today.AddDays(-1));

        var board = await app.CreateClient().GetDocumentAsync("/Openings");

        var cards = board.QuerySelectorAll("[data-testid=opening-card]").Where(c => c.TextContent.Contains(company.Name, StringComparison.Ordinal)).ToList();
        var card = Assert.Single(cards);
        Assert.Equal("Vendedor abierto", card.QuerySelector("[data-testid=opening-link]")!.TextContent);
        Assert.Equal($"/Openings/{open.PublicCode}", card.QuerySelector("[data-testid=opening-link]")!.GetAttribute("href"));
        Assert.Contains(today.AddDays(10).ToString("d", new System.Globalization.CultureInfo("es-PE")), card.QuerySelector("[data-testid=opening-closes]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Title, board.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningPage_ShowsDescriptionAndRequirements()
    {
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync("Bolsa Textos"));
        await PublishAsync(opening.Id, "Atender cuentas clave.\nViajes a provincias.", "Experiencia en consumo masivo.", null);

        var page = await app.CreateClient().GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.Contains("Viajes a provincias.", page.QuerySelector("[data-testid=opening-description]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Experiencia en consumo masivo.", page.QuerySelector("[data-testid=opening-requirements]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=apply]"));
    }

    [Fact]
    public async Task PastItsClosingDate_TheOpeningIsClosed_AndApplyingIsNotFound()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync("Bolsa Vencida"));
        await PublishAsync(opening.Id, "", "", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));

        var page = await app.CreateClient().GetDocumentAsync($"/Openings/{opening.PublicCode}");
        using var apply = await candidate.Client.GetAsync($"/Candidate/Apply/{opening.PublicCode}");

        Assert.NotNull(page.QuerySelector("[data-testid=opening-closed]"));
        Assert.Null(page.QuerySelector("[data-testid=apply]"));
        Assert.Equal(HttpStatusCode.NotFound, apply.StatusCode);
    }

    [Fact]
    public async Task EditForm_SavesDescriptionRequirementsAndClosingDate()
    {
        var admin = await app.NewCompanyAdminAsync("Bolsa Formulario");
        var opening = await app.NewOpeningAsync(admin, "Vendedor del formulario");
        var closes = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);

        using var saved = await admin.Client.SubmitAsync($"/Recruiter/Openings/Edit/{opening.Id}", new Dictionary<string, string>
        {
            ["Command"] = "save",
            ["Input.Description"] = "Cartera mayorista en Lima norte.",
            ["Input.Requirements"] = "Licencia de conducir.",
            ["Input.ClosesOn"] = closes.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, "[data-testid=opening-form]");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Openings.FindAsync(opening.Id).AsTask());
        Assert.Equal(("Cartera mayorista en Lima norte.", "Licencia de conducir.", (DateOnly?)closes), (stored!.Description, stored.Requirements, stored.ClosesOn));
    }
}

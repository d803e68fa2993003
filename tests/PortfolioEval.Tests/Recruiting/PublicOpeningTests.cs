using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Sectors;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Recruiting)]
public class PublicOpeningTests(PortfolioFactory app)
{
    [Fact]
    public async Task PublicPage_Anonymous_ShowsTheOpeningWhatApplyingSharesAndApply()
    {
        var admin = await app.NewCompanyAdminAsync("Supermercados Andinos");
        var opening = await app.NewOpeningAsync(admin, "Ejecutivo de cuentas clave");
        await DescribeAsync(opening.Id, ["4711", "G"]);

        var page = await app.CreateClient().GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.Equal("Ejecutivo de cuentas clave", page.QuerySelector("[data-testid=opening-title]")!.TextContent);
        Assert.Equal("Supermercados Andinos", page.QuerySelector("[data-testid=opening-company]")!.TextContent);
        Assert.Equal("Lima", page.QuerySelector("[data-testid=opening-location]")!.TextContent);
        var sectors = page.QuerySelector("[data-testid=opening-sectors]")!.TextContent;
        Assert.Contains(IsicTaxonomy.Instance.Find("4711")!.TitleEs, sectors, StringComparison.Ordinal);
        Assert.Contains(IsicTaxonomy.Instance.Find("G")!.TitleEs, sectors, StringComparison.Ordinal);
        var shares = page.QuerySelector("[data-testid=what-applying-shares]")!.TextContent;
        Assert.Contains("Nunca los nombres, contactos ni filas de tus clientes", shares, StringComparison.Ordinal);
        Assert.Contains("revocarlo con un clic", shares, StringComparison.Ordinal);
        Assert.Equal($"/Candidate/Apply/{opening.PublicCode}", page.QuerySelector("[data-testid=apply]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PublicPage_InEnglish_NamesTheSectorsInEnglish()
    {
        var admin = await app.NewCompanyAdminAsync("Andean Mining");
        var opening = await app.NewOpeningAsync(admin, "Key account manager");
        await DescribeAsync(opening.Id, ["B"]);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var page = await client.GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.Contains(IsicTaxonomy.Instance.Find("B")!.TitleEn, page.QuerySelector("[data-testid=opening-sectors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Apply to this opening", page.QuerySelector("[data-testid=apply]")!.TextContent);
    }

    [Fact]
    public async Task PublicPage_ClosedOpening_SaysSoAndOffersNoApply()
    {
        var admin = await app.NewCompanyAdminAsync("Supermercados Cerrados");
        var opening = await app.NewOpeningAsync(admin);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            (await db.Openings.FindAsync(opening.Id))!.Close();
            await db.SaveChangesAsync();
        }

        using var response = await app.CreateClient().GetAsync($"/Openings/{opening.PublicCode}");
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Esta vacante está cerrada", page.QuerySelector("[data-testid=opening-closed]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=apply]"));
    }

    [Theory]
    [InlineData("/Openings/0123456789abcdef")]
    [InlineData("/Openings/no-such-code")]
    public async Task PublicPage_UnknownCode_IsNotFound(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task DescribeAsync(Guid openingId, string[] sectors)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var opening = (await db.Openings.FindAsync(openingId))!;
        opening.Describe(opening.Title, opening.Location, sectors, null, null);
        await db.SaveChangesAsync();
    }
}

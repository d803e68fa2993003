using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books;

/// <summary>The malformed-book set through HTTP: every file gets a 4xx with its reason, none a 5xx, and nothing is kept.</summary>
[Collection(SharedPortal.Books)]
public class BadUploadTests(PortfolioFactory app)
{
    private static HttpClient? candidate;

    // Cases that need other reading options (a lower limit, a missing sheet) are covered by the reader's own tests.
    public static TheoryData<string> Cases =>
        [.. MalformedBooks.All.Where(c => c.Value.Adjust is null && c.Value.Expected != BookError.PasswordProtected).Select(c => c.Key)];

    [Fact]
    public void TheSet_HoldsAtLeastThirtyFiles() => Assert.True(Cases.Count >= 30, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Upload_MalformedBook_Is4xxWithItsReasonAndLeavesNothing(string name)
    {
        var client = candidate ??= (await app.NewCandidateAsync()).Client;
        var pendingBefore = await PendingUploadsAsync();

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "cartera.xlsx", MalformedBooks.All[name].Make(), new Dictionary<string, string> { ["Culture"] = "es-PE" });

        Assert.InRange((int)response.StatusCode, 400, 499);
        var page = await Forms.ParseAsync(response);
        var message = page.QuerySelector("[data-testid=upload-error]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(message), $"{name}: no reason shown");
        Assert.Equal(pendingBefore, await PendingUploadsAsync());
    }

    [Fact]
    public async Task Upload_PasswordProtectedWorkbook_AsksForThePassword()
    {
        var client = candidate ??= (await app.NewCandidateAsync()).Client;

        var mapPath = await client.UploadBookAsync("protegido.xlsx", CfbBuilder.WithStreams("EncryptionInfo", "EncryptedPackage"));
        var map = await client.GetDocumentAsync(mapPath);

        Assert.NotNull(map.QuerySelector("[data-testid=password-form] input[type=password]"));
        Assert.Contains("protegido con contraseña", map.QuerySelector("[data-testid=map-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_PasswordProtectedWorkbook_WrongPasswordSaysSo()
    {
        var client = candidate ??= (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("protegido.xlsx", CfbBuilder.WithStreams("EncryptionInfo", "EncryptedPackage"));

        using var answer = await client.SubmitAsync(mapPath, new Dictionary<string, string> { ["Password"] = "no-es-esta" }, "[data-testid=password-form]");
        var map = await client.GetDocumentAsync(answer.Headers.Location!.OriginalString);

        Assert.Contains("Esa contraseña no abrió el libro.", map.QuerySelector("[data-testid=map-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_Is413WithTheLimitNamed()
    {
        using var small = PortfolioFactory.With(new Dictionary<string, string?> { ["Import:MaxUploadMegabytes"] = "1" });
        var client = (await small.NewCandidateAsync()).Client;
        var big = System.Text.Encoding.UTF8.GetBytes("Cliente;Monto\r\n" + string.Concat(Enumerable.Repeat("Cliente de prueba;100\r\n", 60_000)));

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "grande.csv", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("supera el límite de 1 MB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_KeepsServingAfterTheWholeBadSet()
    {
        using var health = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private async Task<int> PendingUploadsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().PendingUploads.CountAsync();
    }
}

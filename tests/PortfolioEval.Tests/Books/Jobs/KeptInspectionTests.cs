using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>The upload is read in full once; the mapping page and the import reuse that reading.</summary>
[Collection(SharedPortal.Books)]
public class KeptInspectionTests(PortfolioFactory app)
{
    [Fact]
    public async Task MappingPage_ShownAgain_DoesNotReadTheFileAgain_UnlessAnotherHeaderRowIsChosen()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", JobSteps.Csv(50));
        // From here on the stored file cannot be read: only the kept inspection can show the page.
        await DamageUploadAsync(Guid.Parse(mapPath.Split('/')[^1].Split('?')[0]));

        var again = await client.GetDocumentAsync(mapPath);
        var english = await client.GetDocumentAsync(mapPath.Split('?')[0] + "?Culture=en-US");
        var otherHeader = await client.GetDocumentAsync(mapPath.Split('?')[0] + "?Culture=es-PE&Header=2");

        Assert.Contains("50 filas debajo del encabezado de la fila 1", again.QuerySelector("[data-testid=file-facts]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(english.QuerySelector("[data-testid=mapping-form]"));
        Assert.Null(again.QuerySelector("[data-testid=map-error]"));
        Assert.NotNull(otherHeader.QuerySelector("[data-testid=map-error]"));
        Assert.Null(otherHeader.QuerySelector("[data-testid=mapping-form]"));
    }

    private async Task DamageUploadAsync(Guid uploadId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var upload = await db.PendingUploads.SingleAsync(u => u.Id == uploadId);
        var secret = await scope.ServiceProvider.GetRequiredService<Web.Storage.CandidateKeys>().FindAsync(upload.CandidateId, CancellationToken.None);
        var damaged = ChunkedCipher.Encrypt(MalformedBooks.All["truncated xlsx"].Make(), secret!.DataKey, PendingUpload.Context(uploadId, BookContentKind.Original));
        await db.PendingUploads.Where(u => u.Id == uploadId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EncryptedContent, damaged));
    }
}

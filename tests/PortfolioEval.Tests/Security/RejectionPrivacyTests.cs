using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// A column mapped to the wrong field makes every one of its values a rejection: the rejections are encrypted under the
/// candidate's key like the clients, and an identifying column's values never go into them.
/// </summary>
[Collection(SharedPortal.Name)]
public class RejectionPrivacyTests(PortfolioFactory app)
{
    private static readonly string[] Emails = [.. Enumerable.Range(1, 12).Select(i => $"compras{i}@cliente{i}.com.pe")];

    private static byte[] BookWithEmails() => Encoding.UTF8.GetBytes("Cliente;Email;Monto\r\n"
        + string.Concat(Emails.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"Cliente {i + 1} S.A.C.;{e};{100 + i}\r\n"))));

    [Fact]
    public async Task EmailColumnMappedAsDealValue_RejectionsAreEncryptedAndTheCsvNamesRowColumnReasonButNoEmail()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", BookWithEmails());
        // Every row would be rejected: the page asks twice, and the candidate confirms.
        using var imported = await client.ConfirmMappingAsync(mapPath, new Dictionary<string, string>
        {
            ["Fields[1]"] = "DealValue",
            ["Fields[2]"] = "Ignore",
            ["ConfirmRejections"] = "true",
        });
        var bookId = Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);

        var stored = await StoredRejectionsAsync(bookId);
        using var download = await client.GetAsync($"/Candidate/Books/Rejections/{bookId}");
        var lines = (await download.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.True(stored.AsSpan().StartsWith("PEcs"u8), "the rejections are not sealed with the candidate's key");
        Assert.All(Emails, e => Assert.DoesNotContain(e, Encoding.UTF8.GetString(stored), StringComparison.Ordinal));
        Assert.Equal(13, lines.Length);
        Assert.Equal("2,Email,Valor de venta,No es un número (no se leen abreviaturas como 10k).,,Fila rechazada", lines[1]);
        Assert.All(lines, l => Assert.DoesNotContain("@", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EmailInAValueColumnWithAnAmountHeader_KeepsRowColumnAndReasonButNotTheEmail()
    {
        var book = TestBooks.Csv("Cliente;Monto\r\nAndina;ventas@andina.pe\r\nNorte;abc\r\n");
        // Mapped by the candidate: a column with no number is never proposed as the deal value.
        var mapping = new ColumnMapping(0, 1, new Dictionary<int, BookField> { [0] = BookField.Client, [1] = BookField.DealValue });

        var result = BookReader.Read(new MemoryStream(book), TestBooks.Options(), mapping);

        Assert.Collection(result.Rejections,
            r => Assert.Equal((2, "Monto", RejectionReason.NonNumericValue, (string?)null), (r.SheetRowNumber, r.ColumnHeader, r.Reason, r.Value)),
            r => Assert.Equal((3, "Monto", RejectionReason.NonNumericValue, "abc"), (r.SheetRowNumber, r.ColumnHeader, r.Reason, r.Value)));
    }

    [Fact]
    public async Task BookImportedBeforeRejectionsWereSealed_HasThemSealedWhenItsSummaryIsOpened()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes("Cliente;Monto\r\nAndina;100\r\nNorte;abc\r\n"));
        using var imported = await client.ConfirmMappingAsync(mapPath);
        var summaryPath = imported.Headers.Location!.OriginalString;
        var bookId = Guid.Parse(summaryPath.Split('/')[^1]);
        // As an older version stored it: the compressed list alone.
        var legacy = RejectionList.Pack([new RowRejection(3, "Monto", BookField.DealValue, RejectionReason.NonNumericValue, "abc")]);
        await WithDbAsync(db => db.ClientBooks.Where(b => b.Id == bookId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Rejections, legacy)));

        var summary = await client.GetDocumentAsync(summaryPath);
        var stored = await StoredRejectionsAsync(bookId);

        Assert.Contains("No es un número", summary.QuerySelector("[data-testid=rejections]")!.TextContent, StringComparison.Ordinal);
        Assert.True(stored.AsSpan().StartsWith("PEcs"u8), "the old list is still in clear");
    }

    private async Task WithDbAsync(Func<PortfolioDbContext, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>());
    }

    private async Task<byte[]> StoredRejectionsAsync(Guid bookId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        return await db.ClientBooks.Where(b => b.Id == bookId).Select(b => b.Rejections).SingleAsync();
    }
}

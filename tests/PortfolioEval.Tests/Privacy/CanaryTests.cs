using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Privacy;

/// <summary>
/// The promise to the clients in a book: their identifying data is in no byte of the data folder, and after the
/// candidate erases their account nothing of the book can be read again.
/// </summary>
public sealed class CanaryTests : IDisposable
{
    private readonly PortfolioFactory _app = new();
    private readonly string _canary = $"Canario{Guid.NewGuid():N}"[..20];

    private string Cell(string field) => $"{_canary}-{field}";

    private byte[] CanaryBook() => Encoding.UTF8.GetBytes(
        "Cliente;Contacto;Correo;Teléfono;RUC;Dirección;Observaciones;Rubro;Fecha último contacto;Monto\r\n" +
        $"{Cell("cliente")} S.A.C.;{Cell("contacto")};{Cell("correo")}@example.test;+51 {Cell("fono")};{Cell("ruc")};Av. {Cell("direccion")} 123;{Cell("nota")};Minería;04/06/2026;1.234,56\r\n" +
        "Agro Norte S.A.;Rosa Díaz;rosa@agronorte.pe;+51 987 654 321;20123456789;Jr. Lima 45;llamar;Agroindustria;01/05/2026;500,00\r\n");

    [Fact]
    public async Task ImportedBook_LeavesNoIdentifyingCellInTheDataFolderLogsOrTempFiles()
    {
        var started = DateTime.UtcNow;
        var client = (await _app.NewCandidateAsync()).Client;

        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", CanaryBook()));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        // On PostgreSQL the database is dumped into the data folder as text, so the search covers it too.
        TestDatabase.DumpInto(_app.DataPath);
        // A control: the search does find what is stored in clear, such as the candidate's own name.
        Assert.NotEmpty(DataFolder.FilesContaining(_app.DataPath, "Ana Prueba"));
        Assert.Empty(DataFolder.FilesContaining(_app.DataPath, _canary));
        Assert.NotEmpty(_app.Log.Lines);
        Assert.DoesNotContain(_app.Log.Lines, line => line.Contains(_canary, StringComparison.Ordinal));
        Assert.DoesNotContain(DataFolder.FilesContaining(Path.GetTempPath(), _canary, modifiedSince: started),
            f => !f.StartsWith(_app.DataPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportedBook_KeepsItsClientsPseudonymisedAndEncrypted_AndTheOriginalForItsOwner()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", CanaryBook()));
        var bookPath = imported.Headers.Location!.OriginalString;

        var privacy = await client.GetDocumentAsync("/Candidate/Privacy");
        using var original = await client.GetAsync(bookPath.Replace("Summary", "Original", StringComparison.Ordinal));

        Assert.Contains("2 registros de clientes", privacy.QuerySelector("[data-testid=encryption]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Correo electrónico", privacy.QuerySelector("[data-testid=pseudonymised]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Notas", privacy.QuerySelector("[data-testid=dropped]")!.TextContent, StringComparison.Ordinal);
        Assert.Matches("Cliente 00[12] · (Minería|Agroindustria)", privacy.QuerySelector("[data-testid=labels]")!.TextContent);
        Assert.Equal(CanaryBook(), await original.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ErasedAccount_LeavesNothingAndItsCiphertextCanNeverBeReadAgain()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", CanaryBook()));
        var bookId = Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);
        var (candidateId, ciphertext, wrappedSecret) = await StoredAsync(bookId);

        using var erased = await client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal("/Account/Erased", erased.Headers.Location?.OriginalString);
        TestDatabase.DumpInto(_app.DataPath);
        Assert.Empty(DataFolder.FilesContaining(_app.DataPath, _canary));
        // Neither the book's ciphertext nor the wrapped key that could open it is left in any file...
        Assert.Empty(DataFolder.FilesContaining(_app.DataPath, Encoding.Latin1.GetString(ciphertext.AsSpan(100, 32))));
        Assert.Empty(DataFolder.FilesContaining(_app.DataPath, Encoding.Latin1.GetString(wrappedSecret.AsSpan(20, 32))));
        // ...so a copy of the ciphertext taken before cannot be decrypted with what remains: the database and the keys.
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Web.Storage.CandidateKeys>().FindAsync(candidateId, CancellationToken.None));
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Users.AnyAsync(u => u.Id == candidateId));
    }

    [Fact]
    public async Task ErasedAccount_WrongPassword_IsRefusedAndKeepsEverything()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        (await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", CanaryBook()))).Dispose();

        using var refused = await client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = "Not-my-password-1", ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Single((await client.GetDocumentAsync("/Candidate/Privacy")).QuerySelectorAll("[data-testid=stored-book]"));
    }

    // SQLite zeroes deleted pages; PostgreSQL's VACUUM frees them without zeroing, and what erases there is the deleted
    // candidate secret (ADR-002), which the test above checks on both.
    [SqliteFact]
    public async Task DeletedBook_LeavesNoCiphertextInTheDatabaseFiles()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", CanaryBook()));
        var summaryPath = imported.Headers.Location!.OriginalString;
        var (_, ciphertext, _) = await StoredAsync(Guid.Parse(summaryPath.Split('/')[^1]));

        (await client.SubmitAsync(summaryPath.Replace("Summary", "Delete", StringComparison.Ordinal), new Dictionary<string, string>(), "form[data-testid=delete-book]")).Dispose();

        Assert.Empty(DataFolder.FilesContaining(_app.DataPath, Encoding.Latin1.GetString(ciphertext.AsSpan(100, 32))));
    }

    private async Task<(string CandidateId, byte[] Ciphertext, byte[] WrappedSecret)> StoredAsync(Guid bookId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var book = await db.ClientBooks.SingleAsync(b => b.Id == bookId);
        var content = await db.BookContents.SingleAsync(c => c.BookId == bookId && c.Kind == BookContentKind.Clients);
        var key = await db.CandidateKeys.SingleAsync(k => k.CandidateId == book.CandidateId);
        return (book.CandidateId, content.Ciphertext, key.WrappedSecret);
    }

    public void Dispose() => _app.Dispose();
}

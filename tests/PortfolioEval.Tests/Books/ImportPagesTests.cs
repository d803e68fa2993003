using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books;

[Collection(SharedPortal.Books)]
public class ImportPagesTests(PortfolioFactory app)
{
    private static byte[] SpanishBook() => new XlsxBuilder().Sheet("Cartera", s => s
        .Row("Cartera de clientes 2026").Merge("A1:E1")
        .Row()
        .Row("Cliente", "Rubro", "Fecha último contacto", "Monto", "Correo")
        .Row("Minera Andina S.A.C.", "Minería", new DateOnly(2026, 5, 4), 12500.5, "compras@andina.pe")
        .Row("Agro Norte", "Agroindustria", new DateOnly(2026, 3, 15), 3200, "ventas@agronorte.pe")
        .Row("MINERA ANDINA SAC", "Minería", new DateOnly(2026, 6, 1), 500, "compras@andina.pe")
        .Row(null, "Retail", new DateOnly(2026, 1, 2), 100, null)).Build();

    [Fact]
    public async Task Upload_SpanishXlsx_SuggestsTheColumnsAndShowsHowTheyRead()
    {
        var client = (await app.NewCandidateAsync()).Client;

        var map = await client.GetDocumentAsync(await client.UploadBookAsync("cartera.xlsx", SpanishBook()));

        string Selected(int column) => map.QuerySelector($"select[name='Fields[{column}]'] option[selected]")!.GetAttribute("value")!;
        Assert.Equal(["Client", "Sector", "LastContactDate", "DealValue", "Email"], Enumerable.Range(0, 5).Select(Selected));
        var dateCells = map.QuerySelector("tr[data-column='2']")!.TextContent;
        Assert.Contains("→ 4 de mayo de 2026", dateCells, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AccountsForEveryRowAndAggregatesTheSameClient()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.xlsx", SpanishBook());

        using var imported = await client.ConfirmMappingAsync(mapPath);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var summary = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString);

        int Count(string id) => int.Parse(summary.QuerySelector($"[data-testid={id}]")!.TextContent, System.Globalization.CultureInfo.GetCultureInfo("es"));
        Assert.Equal(4, Count("rows-read"));
        Assert.Equal(3, Count("rows-imported"));
        Assert.Equal(2, Count("clients"));
        Assert.Equal(1, Count("rows-aggregated"));
        Assert.Equal(1, Count("rows-rejected"));
        Assert.Equal(0, Count("rows-blank"));
        Assert.Equal(Count("rows-read"), Count("rows-imported") + Count("rows-rejected") + Count("rows-blank"));
        Assert.Contains("Falta el cliente.", summary.QuerySelector("[data-testid=rejections]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RejectedRows_DownloadAsCsvWithRowColumnReasonAndNoFormula()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var csv = "Cliente;Fecha último contacto;Monto\r\nAndina;31/02/2025;100\r\nNorte;10/01/2026;=1+2\r\nSur;12/01/2026;USD 10k\r\n";
        var mapPath = await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv));
        // Two of three amounts are not numbers, so the column is not proposed as the deal value: the candidate maps
        // it, and confirms an import that rejects every row.
        using var imported = await client.ConfirmMappingAsync(mapPath, new Dictionary<string, string>
        {
            ["Fields[2]"] = "DealValue",
            ["ConfirmRejections"] = "true",
        });
        var bookId = imported.Headers.Location!.OriginalString.Split('/')[^1];

        using var download = await client.GetAsync($"/Candidate/Books/Rejections/{bookId}");
        var lines = (await download.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Fila,Columna,Campo,Motivo,Valor,Resultado", lines[0]);
        Assert.Equal("2,Fecha último contacto,Fecha de último contacto,Esta fecha no existe.,31/02/2025,Fila rechazada", lines[1]);
        Assert.Equal("3,Monto,Valor de venta,No es un número (no se leen abreviaturas como 10k).,'=1+2,Fila rechazada", lines[2]);
        Assert.StartsWith("4,Monto,", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Mapping_WithoutAClientColumn_IsRefusedWithAReason()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.xlsx", SpanishBook());

        using var response = await client.ConfirmMappingAsync(mapPath, new Dictionary<string, string> { ["Fields[0]"] = "Ignore" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Elige la columna que contiene el cliente", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_TheSameFieldTwice_NamesTheColumn()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.xlsx", SpanishBook());

        using var response = await client.ConfirmMappingAsync(mapPath, new Dictionary<string, string> { ["Fields[1]"] = "Client" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("«Cliente» ya está elegido para otra columna.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedMapping_IsReusedForTheNextBookWithTheSameHeaders()
    {
        var client = (await app.NewCandidateAsync()).Client;
        (await client.ConfirmMappingAsync(await client.UploadBookAsync("enero.xlsx", SpanishBook()), new Dictionary<string, string> { ["Fields[4]"] = "Ignore" })).Dispose();

        var map = await client.GetDocumentAsync(await client.UploadBookAsync("febrero.xlsx", SpanishBook()));

        Assert.Equal("Ignore", map.QuerySelector("select[name='Fields[4]'] option[selected]")!.GetAttribute("value"));
        Assert.Contains("como asignaste la última vez", map.QuerySelector("[data-testid=mapping-form]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCandidate_CannotOpenMyUploadOrMyBook()
    {
        var owner = (await app.NewCandidateAsync()).Client;
        var mapPath = await owner.UploadBookAsync("cartera.xlsx", SpanishBook());
        var other = (await app.NewCandidateAsync()).Client;

        using var map = await other.GetAsync(mapPath);
        using var imported = await owner.ConfirmMappingAsync(mapPath);
        var summaryPath = imported.Headers.Location!.OriginalString;
        using var summary = await other.GetAsync(summaryPath);
        using var rejections = await other.GetAsync(summaryPath.Replace("Summary", "Rejections", StringComparison.Ordinal));
        using var report = await other.GetAsync(summaryPath.Replace("Summary", "Report", StringComparison.Ordinal) + "?Sectors=B");
        using var original = await other.GetAsync(summaryPath.Replace("Summary", "Original", StringComparison.Ordinal));
        var token = (await other.GetDocumentAsync("/Candidate/Books/Upload")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var remapForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var remap = await other.PostAsync(summaryPath + "?handler=Remap", remapForm);
        using var deleteForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var delete = await other.PostAsync(summaryPath.Replace("Summary", "Delete", StringComparison.Ordinal), deleteForm);
        using var stillThere = await owner.GetAsync(summaryPath);

        Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rejections.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, original.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remap.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Import_StoresNoClientNameEmailOrUploadedFileInTheDatabase()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var pendingBefore = await PendingUploadsAsync();
        var canary = $"Canario {Guid.NewGuid():N} S.A.";
        var csv = $"Cliente;Correo;Monto\r\n{canary};canary-{Guid.NewGuid():N}@example.test;100\r\n";
        (await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv)))).Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        byte[] bytes;
        if (TestDatabase.IsPostgres)
        {
            TestDatabase.DumpInto(app.DataPath);
            bytes = await File.ReadAllBytesAsync(Path.Combine(app.DataPath, "database-dump.sql"));
            Assert.Contains("AspNetUsers", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            bytes = await File.ReadAllBytesAsync(Path.Combine(app.DataPath, "portfolioeval.db"));
        }

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Canario")));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("@example.test;")));
        Assert.Equal(pendingBefore, await PendingUploadsAsync());
    }

    private async Task<int> PendingUploadsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().PendingUploads.CountAsync();
    }

    [Fact]
    public async Task DeleteBook_RemovesItFromTheList()
    {
        var client = (await app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.xlsx", SpanishBook()));
        var summaryPath = imported.Headers.Location!.OriginalString;

        using var deleted = await client.SubmitAsync(summaryPath.Replace("Summary", "Delete", StringComparison.Ordinal), new Dictionary<string, string>(), "form[data-testid=delete-book]");
        using var after = await client.GetAsync(summaryPath);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}

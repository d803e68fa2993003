using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using PortfolioEval.Web.Books;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// A file past the form's own limit (the upload limit and the room for the form's other fields) is refused before it
/// is read, with 413 and a page that names the reason, not with the antiforgery check's generic 400.
/// </summary>
public sealed class UploadLimitTests : IDisposable
{
    private readonly PortfolioFactory _small = PortfolioFactory.With(new Dictionary<string, string?> { ["Import:MaxUploadMegabytes"] = "1" });

    private static byte[] FileOfMegabytes(double megabytes) =>
        System.Text.Encoding.UTF8.GetBytes("Cliente;Monto\r\n" + new string('x', (int)(megabytes * 1024 * 1024)) + "\r\n");

    [Fact]
    public async Task UploadWellOverTheLimit_Is413WithTheReasonInSpanish()
    {
        var client = (await _small.NewCandidateAsync()).Client;

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "grande.csv", FileOfMegabytes(2.5));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Archivo demasiado grande", html, StringComparison.Ordinal);
        Assert.Contains("límite de 1 MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadWellOverTheLimit_Is413WithTheReasonInEnglish()
    {
        var client = (await _small.NewCandidateAsync()).Client;
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "big.csv", FileOfMegabytes(2.5));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(html.Contains("File too large", StringComparison.Ordinal), html[..Math.Min(html.Length, 3000)]);
        Assert.Contains("1 MB limit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookJustUnderTheConfiguredLimit_IsAcceptedForMapping()
    {
        var client = (await _small.NewCandidateAsync()).Client;
        var rows = new System.Text.StringBuilder("Cliente;Monto;Fecha\r\n");
        for (var i = 0; rows.Length < 900 * 1024; i++)
            rows.Append(CultureInfo.InvariantCulture, $"Cliente número {i};{100 + i % 900},50;15/0{1 + i % 9}/2026\r\n");
        var book = System.Text.Encoding.UTF8.GetBytes(rows.ToString());

        using var response = await client.UploadAsync("/Candidate/Books/Upload", "casi-un-mega.csv", book);

        Assert.True(book.Length < 1024 * 1024);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Candidate/Books/Map/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(25, true)]
    [InlineData(400, true)] // bench/web.sh's million-row CSV (about 230 MB)
    [InlineData(ImportOptions.MaxUploadMegabytesAllowed, true)]
    [InlineData(0, false)]
    [InlineData(ImportOptions.MaxUploadMegabytesAllowed + 1, false)]
    public void UploadLimit_IsASettingWithinItsRange(int megabytes, bool valid)
    {
        var options = new ImportOptions { MaxUploadMegabytes = megabytes };

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Fact]
    public void UploadLimit_DefaultsToTwentyFiveMegabytes() => Assert.Equal(25, new ImportOptions().MaxUploadMegabytes);

    public void Dispose() => _small.Dispose();
}

using System.Net;
using System.Net.Http.Headers;
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

    public void Dispose() => _small.Dispose();
}

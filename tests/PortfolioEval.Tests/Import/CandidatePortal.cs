using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Import;

/// <summary>Logged-in candidates on the shared portal, one per test that asks, so tests never see each other's books.</summary>
internal static class CandidatePortal
{
    public static async Task<HttpClient> NewCandidateAsync(this PortfolioFactory app)
    {
        var client = app.CreateBrowser();
        await client.SignUpAndLoginAsync(app, AccountSteps.NewEmail("candidate"), (c, e) => c.RegisterCandidateAsync(e));
        return client;
    }

    /// <summary>Uploads a book; returns the mapping page's path.</summary>
    public static async Task<string> UploadBookAsync(this HttpClient client, string fileName, byte[] content, string culture = "es-PE")
    {
        using var response = await client.UploadAsync("/Candidate/Books/Upload", fileName, content, new Dictionary<string, string> { ["Culture"] = culture });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Upload refused with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Confirms the mapping page as shown, with <paramref name="changes"/> (e.g. "Fields[3]" → "Ignore"); returns the response.</summary>
    public static async Task<HttpResponseMessage> ConfirmMappingAsync(this HttpClient client, string mapPath, IReadOnlyDictionary<string, string>? changes = null) =>
        await client.SubmitAsync(mapPath, changes ?? new Dictionary<string, string>(), "[data-testid=mapping-form]");
}

using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books;

/// <summary>A candidate's browser uploading a book, confirming its mapping and following its import (candidates come from <see cref="Arrange"/>).</summary>
internal static class BookSteps
{
    /// <summary>Uploads a book; returns the mapping page's path.</summary>
    public static async Task<string> UploadBookAsync(this HttpClient client, string fileName, byte[] content, string culture = "es-PE")
    {
        using var response = await client.UploadAsync("/Candidate/Books/Upload", fileName, content, new Dictionary<string, string> { ["Culture"] = culture });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Upload refused with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// Confirms the mapping page as shown, with <paramref name="changes"/> (e.g. "Fields[3]" → "Ignore"), and waits for
    /// the background import: returns the progress page's answer once it is over (a redirect to the summary, or the
    /// page explaining the failure), or the mapping page's own answer when it refused the mapping.
    /// </summary>
    public static async Task<HttpResponseMessage> ConfirmMappingAsync(this HttpClient client, string mapPath, IReadOnlyDictionary<string, string>? changes = null)
    {
        var posted = await client.SubmitAsync(mapPath, changes ?? new Dictionary<string, string>(), "[data-testid=mapping-form]");
        if (posted.StatusCode != System.Net.HttpStatusCode.Redirect || posted.Headers.Location?.OriginalString.Contains("/Books/Progress/", StringComparison.Ordinal) != true)
            return posted;
        var progressPath = posted.Headers.Location.OriginalString;
        posted.Dispose();
        await client.WaitForImportAsync(progressPath);
        return await client.GetAsync(progressPath);
    }

    /// <summary>Polls the progress page's status until the import succeeded or failed; returns the last status.</summary>
    public static async Task<System.Text.Json.JsonElement> WaitForImportAsync(this HttpClient client, string progressPath, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await client.ImportStatusAsync(progressPath);
            if (status.GetProperty("state").GetString() is "Succeeded" or "Failed")
                return status;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The import at {progressPath} is still {status.GetProperty("state").GetString()}.");
            await Task.Delay(25);
        }
    }

    /// <summary>What the progress page's script reads: state, phase, rows read and expected, where to go next.</summary>
    public static async Task<System.Text.Json.JsonElement> ImportStatusAsync(this HttpClient client, string progressPath)
    {
        using var response = await client.GetAsync(progressPath + "?handler=Status");
        response.EnsureSuccessStatusCode();
        using var json = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return json.RootElement.Clone();
    }
}

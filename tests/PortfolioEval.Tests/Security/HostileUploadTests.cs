using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Every file of the hostile-file generator, uploaded as a candidate would: each is refused with a clear 4xx and its
/// reason, or accepted and its mapping page shown; never a 5xx, never a leaked file, and the portal keeps serving.
/// </summary>
[Collection(SharedPortal.Name)]
public class HostileUploadTests(PortfolioFactory app)
{
    private static readonly HttpStatusCode[] Refusals =
        [HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity];

    [Fact]
    public async Task EveryHostileFile_IsRefusedWithAReasonOrMapped_NeverA5xx()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var problems = new List<string>();
        var count = 0;

        foreach (var file in HostileFiles.All())
        {
            count++;
            using var response = await client.UploadAsync("/Candidate/Books/Upload", file.FileName, file.Content);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                using var map = await client.GetAsync(response.Headers.Location);
                body = await map.Content.ReadAsStringAsync();
                if (map.StatusCode != HttpStatusCode.OK)
                    problems.Add($"{file.Name}: accepted, then its mapping page answered {(int)map.StatusCode}");
            }
            else if (!Refusals.Contains(response.StatusCode))
            {
                problems.Add($"{file.Name}: {(int)response.StatusCode}");
            }
            else if (!body.Contains("data-testid=\"upload-error\"", StringComparison.Ordinal) || !body.Contains("<li>", StringComparison.Ordinal))
            {
                problems.Add($"{file.Name}: {(int)response.StatusCode} without a reason on the page");
            }

            if (body.Contains("root:x:0:0", StringComparison.Ordinal))
                problems.Add($"{file.Name}: the page shows a file of the server");
        }

        Assert.True(count > 40, $"only {count} hostile files");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        using var health = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

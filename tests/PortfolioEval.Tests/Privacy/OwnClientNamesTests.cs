using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Api;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Api;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using static PortfolioEval.Tests.Recruiting.CompareSteps;

namespace PortfolioEval.Tests.Privacy;

/// <summary>
/// "Cliente 009" is a real client to its candidate: the candidate sees its name on their own report, on request; a
/// recruiter under consent, an API key and the portal's admin never receive it, and the database holds it only encrypted.
/// </summary>
public sealed partial class OwnClientNamesTests(AdminPortal app) : IClassFixture<AdminPortal>
{
    private readonly string _canary = $"Quillay{Guid.NewGuid():N}"[..17];

    // Bruno's demo book (most clients dormant), each client and contact renamed with the canary and its row's number.
    private byte[] PlantedBook()
    {
        var lines = Encoding.UTF8.GetString(RepositoryFiles.ReadSample("demo-bruno.csv")).Split("\n");
        var planted = lines.Select((line, i) => i == 0 || line.Length == 0 ? line
            : $"{_canary}Cliente{i:000} S.A.C.,{_canary}Contacto{i:000}," + string.Join(',', line.Split(',').Skip(2)));
        return Encoding.UTF8.GetBytes(string.Join("\n", planted));
    }

    [Fact]
    public async Task OwnReport_InEnglish_OffersAndShowsTheNamesInEnglish()
    {
        var candidate = await app.NewCandidateWithBookAsync("cartera.csv", PlantedBook());
        var reportUrl = $"/Candidate/Books/Report/{candidate.BookId}";
        using (var switched = await candidate.Client.SubmitAsync(reportUrl, new Dictionary<string, string> { ["culture"] = "en" }, "[data-testid=culture-switcher]"))
            Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);

        var numbersOnly = await candidate.Client.GetDocumentAsync(reportUrl);
        var show = numbersOnly.QuerySelector("[data-testid=show-names]")!;
        var named = await candidate.Client.GetDocumentAsync(show.GetAttribute("href")!);

        Assert.Equal("Show your clients' names", show.TextContent.Trim());
        var first = named.QuerySelector("[data-testid=dormant-clients] [data-testid=own-client]")!.TextContent;
        Assert.Contains(_canary + "Cliente", first, StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, numbersOnly.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnReport_ShowsNamesOnlyWhenAsked_EachBesideItsOwnNumber()
    {
        var candidate = await app.NewCandidateWithBookAsync("cartera.csv", PlantedBook());
        var reportUrl = $"/Candidate/Books/Report/{candidate.BookId}";

        var numbersOnly = await candidate.Client.GetDocumentAsync(reportUrl);
        var showLink = numbersOnly.QuerySelector("[data-testid=show-names]")!.GetAttribute("href")!;
        var named = await candidate.Client.GetDocumentAsync(showLink);
        var hideLink = named.QuerySelector("[data-testid=hide-names]")!.GetAttribute("href")!;

        Assert.DoesNotContain(_canary, numbersOnly.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.NotEmpty(numbersOnly.QuerySelectorAll("[data-testid=dormant-clients] [data-testid=own-client]"));
        Assert.DoesNotContain(_canary, showLink, StringComparison.Ordinal);
        var shown = named.QuerySelectorAll("[data-testid=dormant-clients] [data-testid=own-client]");
        Assert.NotEmpty(shown);
        // The first book numbers its clients in the order they were read: row n is "Cliente 00n".
        Assert.All(shown, client =>
        {
            var match = OwnClient().Match(client.TextContent);
            Assert.True(match.Success, client.TextContent);
            Assert.Equal(match.Groups["number"].Value, match.Groups["row"].Value);
            Assert.Equal(match.Groups["number"].Value, match.Groups["contact"].Value);
        });
        Assert.NotEmpty(named.QuerySelectorAll("[data-testid=action-clients] [data-testid=client-name]"));
        Assert.DoesNotContain("names", hideLink, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RecruiterApiKeyAndAdmin_NeverReceiveAClientName_AndTheDatabaseHoldsThemOnlyEncrypted()
    {
        var company = await app.NewCompanyAsync("Nombres Ajenos");
        var opening = await app.NewTradeOpeningAsync(company.Admin);
        var candidate = await app.NewCandidateWithBookAsync("cartera.csv", PlantedBook());
        var other = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno Q.", opening.Id);
        var otherConsent = await app.GrantAsync(other, company.Admin, "Otra C.", opening.Id);
        var key = await app.NewKeyAsync(company.Admin, ApiScopes.All);
        // The candidate has looked at the names, so they were decrypted at least once.
        Assert.Contains(_canary, await candidate.Client.GetStringAsync($"/Candidate/Books/Report/{candidate.BookId}?names=true"), StringComparison.Ordinal);
        Assert.Contains(_canary, await candidate.Client.GetStringAsync("/Candidate/Privacy?handler=Export"), StringComparison.Ordinal);

        var recruiterPages = new[]
        {
            $"/Recruiter/Reports/{candidate.BookId}", $"/Recruiter/Reports/{candidate.BookId}?handler=Export",
            $"/Recruiter/Reports/{candidate.BookId}?names=true", $"/Recruiter/Valuation/{candidate.BookId}",
            CompareUrl([candidate.BookId, other.BookId]), CsvUrl([candidate.BookId, other.BookId]),
            $"/Recruiter/Openings/Dashboard/{opening.Id}", "/Recruiter/Candidates",
        };
        var apiCalls = new[]
        {
            $"/api/v1/applications/{consent.Id}/report", $"/api/v1/applications/{consent.Id}",
            $"/api/v1/comparisons?application={consent.Id}&application={otherConsent.Id}", $"/api/v1/openings/{opening.Id}/applications",
        };
        var adminPages = new[] { "/Admin", $"/Admin/Users?q={Uri.EscapeDataString(candidate.Email)}", "/Admin/Companies", "/Admin/Processing", "/Admin/Retention" };
        using var api = app.ApiClient(key);
        var admin = await app.AdminAsync();

        foreach (var (client, url) in recruiterPages.Select(u => (company.Admin.Client, u))
                     .Concat(apiCalls.Select(u => (api, u))).Concat(adminPages.Select(u => (admin, u))))
        {
            using var response = await client.GetAsync(url);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.False(body.Contains(_canary, StringComparison.Ordinal), $"{url} showed a client's name.");
        }

        var labels = await app.WithDbAsync(db => db.ClientLabels.Where(l => l.CandidateId == candidate.Id).ToListAsync());
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.NotNull(l.EncryptedName));
        TestDatabase.DumpInto(app.DataPath);
        Assert.Empty(DataFolder.FilesContaining(app.DataPath, _canary));
        Assert.DoesNotContain(app.Log.Lines, line => line.Contains(_canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletedBook_ForgetsTheNamesOfClientsNoOtherBookHolds_ErasedAccount_LeavesNoLabel()
    {
        var candidate = await app.NewCandidateWithBookAsync("cartera.csv", PlantedBook());
        var kept = await candidate.Client.ImportSampleAsync("demo-carla.xlsx");
        int Named(List<LabelState> labels) => labels.Count(l => l.Named);
        Task<List<LabelState>> LabelsAsync() => app.WithDbAsync(db => db.ClientLabels.Where(l => l.CandidateId == candidate.Id)
            .Select(l => new LabelState(l.Number, l.EncryptedName != null)).ToListAsync());
        var before = await LabelsAsync();

        using (var deleted = await candidate.Client.SubmitAsync($"/Candidate/Books/Delete/{candidate.BookId}", new Dictionary<string, string>(), "form[data-testid=delete-book]"))
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var afterDelete = await LabelsAsync();
        var carla = await candidate.Client.GetDocumentAsync($"/Candidate/Books/Report/{kept}?names=true");

        Assert.Equal(before.Count, afterDelete.Count);
        Assert.Equal(Named(before) - 70, Named(afterDelete));
        Assert.True(Named(afterDelete) > 0);
        Assert.DoesNotContain(_canary, carla.DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var erased = await candidate.Client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");
        Assert.Empty(await LabelsAsync());
    }

    private sealed record LabelState(int Number, bool Named);

    [GeneratedRegex(@"Cliente (?<number>\d{3}) · Quillay\w+Cliente(?<row>\d{3}) S\.A\.C\. \(Quillay\w+Contacto(?<contact>\d{3})\)")]
    private static partial Regex OwnClient();
}

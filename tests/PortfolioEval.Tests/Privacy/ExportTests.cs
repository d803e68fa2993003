using System.Net;
using System.Text;
using System.Text.Json;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

/// <summary>"Download all my data": one JSON file with everything stored about the candidate, and no client in clear.</summary>
[Collection(SharedPortal.Name)]
public class ExportTests(PortfolioFactory app)
{
    [Fact]
    public async Task Export_HoldsAccountBooksConsentsAndAccessLog_TheClientsNamesButNoOtherIdentifyingValue()
    {
        Assert.Contains(ConsentSteps.ClientInSample, Encoding.UTF8.GetString(RepositoryFiles.ReadSample(ConsentSteps.SampleBook)), StringComparison.Ordinal);
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company, "Jefe de ventas");
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.Compare);
        var privacy = await candidate.Client.GetDocumentAsync("/Candidate/Privacy");
        var link = privacy.QuerySelector("[data-testid=export-data]")!.GetAttribute("href")!;

        using var export = await candidate.Client.GetAsync(link);

        Assert.Equal("/Candidate/Privacy?handler=Export", link);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        var text = await export.Content.ReadAsStringAsync();
        // The names kept for the candidate's own pages are theirs; emails, phones and tax ids were never kept.
        Assert.DoesNotContain("sangabriel", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("982 120 363", text, StringComparison.Ordinal);
        Assert.DoesNotContain("20541266853", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("PortfolioEval candidate export", root.GetProperty("format").GetString());
        Assert.Equal(candidate.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Ana Prueba", root.GetProperty("account").GetProperty("displayName").GetString());

        var book = Assert.Single(root.GetProperty("books").EnumerateArray());
        Assert.Equal(candidate.BookId, book.GetProperty("id").GetGuid());
        Assert.Equal(ConsentSteps.SampleBook, book.GetProperty("fileName").GetString());
        Assert.Equal(70, book.GetProperty("clients").GetArrayLength());
        Assert.All(book.GetProperty("clients").EnumerateArray(), c =>
        {
            Assert.True(c.GetProperty("clientNumber").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(c.GetProperty("clientPseudonym").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("clientName").GetString()));
        });
        var first = book.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("clientNumber").GetInt32() == 1);
        Assert.Equal("Comercial San Gabriel S.A.A.", first.GetProperty("clientName").GetString());
        Assert.Equal("Rosa Mamani García", first.GetProperty("contactName").GetString());
        Assert.Equal(book.GetProperty("compositeScore").GetInt32(), book.GetProperty("report").GetProperty("composite").GetProperty("score").GetInt32());

        var consent = Assert.Single(root.GetProperty("consents").EnumerateArray());
        Assert.Equal(consentId, consent.GetProperty("id").GetGuid());
        Assert.Equal(company.Name, consent.GetProperty("company").GetString());
        Assert.Equal("Jefe de ventas", consent.GetProperty("opening").GetString());
        Assert.Equal("InForce", consent.GetProperty("state").GetString());
        Assert.Equal("KI-CR-v1.1.0", consent.GetProperty("receipt").GetProperty("version").GetString());

        var access = Assert.Single(root.GetProperty("accessLog").EnumerateArray());
        Assert.Equal(company.Name, access.GetProperty("company").GetString());
        Assert.Equal("Rita Reclutadora", access.GetProperty("recruiter").GetString());
        Assert.Equal("Compare", access.GetProperty("action").GetString());
    }
}

using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Accounts;

[Collection(SharedPortal.Name)]
public class CompanySectorsTests(PortfolioFactory app)
{
    [Fact]
    public async Task CompanyAdmin_FindsSectorsInSpanishAndSavesThem()
    {
        var admin = app.CreateBrowser();
        await admin.SignUpAndLoginAsync(app, AccountSteps.NewEmail("founder"), (c, e) => c.RegisterRecruiterAsync(e, "Supermercados del Norte"));

        var found = await admin.GetDocumentAsync("/Recruiter/Company?Find=supermercado");
        var codes = found.QuerySelectorAll("[data-testid=found-sectors] input").Select(i => i.GetAttribute("value")).ToList();
        using var saved = await admin.SubmitAsync("/Recruiter/Company?Sectors=4711&Sectors=B&Sectors=not-a-code", new Dictionary<string, string>(), "[data-testid=save-sectors]");
        var home = await admin.GetDocumentAsync("/Recruiter");

        Assert.Contains("4711", codes);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = home.QuerySelectorAll("[data-testid=company-sectors] code").Select(c => c.TextContent).ToList();
        Assert.Equal(["4711", "B"], shown);
    }

    [Fact]
    public async Task Recruiter_WhoIsNotCompanyAdmin_CannotSaveSectors()
    {
        var founder = app.CreateBrowser();
        await founder.SignUpAndLoginAsync(app, AccountSteps.NewEmail("founder"), (c, e) => c.RegisterRecruiterAsync(e, "Minera Sur"));
        var code = (await founder.GetDocumentAsync("/Recruiter")).QuerySelector("[data-testid=invitation-code]")!.TextContent;
        var colleague = app.CreateBrowser();
        await colleague.SignUpAndLoginAsync(app, AccountSteps.NewEmail("colleague"), (c, e) => c.RegisterRecruiterAsync(e, invitationCode: code));
        var token = (await colleague.GetDocumentAsync("/Recruiter")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Sectors"] = "B" });
        using var response = await colleague.PostAsync("/Recruiter/Company", content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Api;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Api;

/// <summary>The company admin's API keys page: a key made with a name and scopes, its secret shown once and kept as a hash.</summary>
[Collection(ApiPortals.Name)]
public class ApiKeysPageTests(ApiPortal app)
{
    private const string Page = "/Recruiter/ApiKeys";

    private static async Task<string> MakeKeyAsync(Person admin, string name, params string[] scopes)
    {
        var page = await admin.Client.GetDocumentAsync(Page);
        var form = page.QuerySelector("[data-testid=create-key] form")!;
        foreach (var box in form.QuerySelectorAll("input[type=checkbox]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
            box.IsChecked = scopes.Contains(box.Value);
        using var response = await admin.Client.SubmitAsync(page, Page, new Dictionary<string, string> { ["Input.Name"] = name }, "[data-testid=create-key] form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Forms.ParseAsync(response)).QuerySelector("[data-testid=new-key-secret]")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task MakeKey_ShowsTheSecretOnce_StoresOnlyItsHash_AndListsItsPrefixAndLastUse()
    {
        var company = await app.NewCompanyAsync("Claves Uno");

        var secret = await MakeKeyAsync(company.Admin, "Greenhouse", nameof(ApiScope.ReadOpenings));
        var listed = await company.Admin.Client.GetDocumentAsync(Page);
        using var call = await app.ApiClient(secret).GetAsync("/api/v1/openings");
        var afterUse = await company.Admin.Client.GetDocumentAsync(Page);

        Assert.StartsWith(ApiKey.SecretStart, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Source.Text, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.CompanyId == company.Id));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
        Assert.Equal((ApiScope.ReadOpenings, "Greenhouse"), (stored.Scopes, stored.Name));
        Assert.StartsWith(stored.Prefix, secret, StringComparison.Ordinal);
        Assert.Equal(stored.Prefix, listed.QuerySelector("[data-testid=key]")!.GetAttribute("data-prefix"));
        Assert.Equal("Nunca", listed.QuerySelector("[data-testid=last-used]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.NotEqual("Nunca", afterUse.QuerySelector("[data-testid=last-used]")!.TextContent);
    }

    [Fact]
    public async Task MakeKey_WithoutAScope_IsRefused()
    {
        var company = await app.NewCompanyAsync("Claves Dos");

        var page = await company.Admin.Client.GetDocumentAsync(Page);
        using var response = await company.Admin.Client.SubmitAsync(page, Page, new Dictionary<string, string> { ["Input.Name"] = "Sin permisos" }, "[data-testid=create-key] form");

        var answer = await Forms.ParseAsync(response);
        Assert.Null(answer.QuerySelector("[data-testid=new-key-secret]"));
        Assert.Contains("Elige al menos una cosa", answer.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.CompanyId == company.Id)));
    }

    [Fact]
    public async Task RevokeOnThePage_TheKeyIsRefusedOnItsNextCall()
    {
        var company = await app.NewCompanyAsync("Claves Tres");
        var secret = await MakeKeyAsync(company.Admin, "Lever", nameof(ApiScope.ReadOpenings));

        using var revoked = await company.Admin.Client.SubmitAsync(Page, new Dictionary<string, string>(), "form[data-testid=revoke-key]");
        using var call = await app.ApiClient(secret).GetAsync("/api/v1/openings");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.NotNull((await company.Admin.Client.GetDocumentAsync(Page)).QuerySelector("[data-testid=revoked]"));
    }

    [Fact]
    public async Task Recruiter_WhoIsNotTheCompanysAdmin_CannotOpenTheKeysOrWebhooksPages_AndAKeyOfAnAdminWhoLeft_OpensNothing()
    {
        var company = await app.NewCompanyAsync("Claves Cuatro");
        var colleague = await app.NewColleagueAsync(company.Admin);
        var secret = await app.NewKeyAsync(company.Admin, ApiScope.ReadOpenings);

        using var keys = await colleague.Client.GetAsync(Page);
        using var hooks = await colleague.Client.GetAsync("/Recruiter/Webhooks");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == company.Admin.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.HiringCompanyId, (Guid?)null)));
        using var call = await app.ApiClient(secret).GetAsync("/api/v1/openings");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (keys.StatusCode, hooks.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
    }
}

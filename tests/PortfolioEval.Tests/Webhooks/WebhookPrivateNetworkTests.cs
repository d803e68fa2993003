using Microsoft.EntityFrameworkCore;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Webhooks;

/// <summary>
/// On a portal where loopback is not allowed (as in production), an address that is, or whose name resolves to, the
/// portal's own or a private network is refused when registered, with a reason the admin can act on.
/// </summary>
[Collection(SharedPortal.Name)]
public class WebhookPrivateNetworkTests(PortfolioFactory app)
{
    private const string Page = "/Recruiter/Webhooks";

    [Theory]
    [InlineData("https://10.0.0.1/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[::ffff:192.168.1.10]/hooks")]
    [InlineData("https://localhost/hooks")]  // a name resolving to 127.0.0.1
    [InlineData("https://127.0.0.1/hooks")]
    public async Task Registering_AnAddressOnAPrivateNetwork_IsRefusedWithAReason(string url)
    {
        var company = await app.NewCompanyAsync("Webhook Privada");

        using var response = await company.Admin.Client.SubmitAsync(Page, new Dictionary<string, string> { ["Input.Url"] = url }, "[data-testid=add-endpoint] form");

        var page = await Forms.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-testid=new-endpoint-secret]"));
        Assert.Contains("red privada o interna", page.QuerySelector("[data-valmsg-for='Input.Url']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.WebhookEndpoints.CountAsync(e => e.CompanyId == company.Id)));
    }
}

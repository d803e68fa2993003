using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

/// <summary>The retention setting, on a portal of its own: changing it must not shift the job tests' policy.</summary>
public class RetentionSettingsTests(RetentionSettingsTests.Portal app) : IClassFixture<RetentionSettingsTests.Portal>
{
    public sealed class Portal : AdminPortal;

    private async Task<HttpResponseMessage> SaveAsync(string months, string days) =>
        await (await app.AdminAsync()).SubmitAsync("/Admin/Retention",
            new Dictionary<string, string> { ["Input.InactiveMonths"] = months, ["Input.WarningDays"] = days }, "[data-testid=retention-form]");

    private Task<(int Months, int Days)> PolicyAsync() =>
        app.WithDbAsync(db => db.RetentionPolicy.Select(p => new ValueTuple<int, int>(p.InactiveMonths, p.WarningDays)).SingleAsync());

    [Fact]
    public async Task Save_ValidSetting_IsStoredAndShownInTheRecordOfProcessing()
    {
        var admin = await app.AdminAsync();

        using var saved = await SaveAsync("12", "20");
        var page = await admin.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        var record = await admin.GetDocumentAsync("/Admin/Processing");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((12, 20), await PolicyAsync());
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.Equal("12", ((IHtmlInputElement)page.QuerySelector("#Input_InactiveMonths")!).Value);
        Assert.Contains(AdminPagesTests.Retentions(record),
            retention => retention.Contains("después de 12 meses sin iniciar sesión", StringComparison.Ordinal)
                         && retention.Contains("20 días antes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", "10", "months-error", "Meses sin iniciar sesión")]
    [InlineData("121", "10", "months-error", "Meses sin iniciar sesión")]
    [InlineData("24", "0", "days-error", "Días de aviso")]
    [InlineData("1", "29", "days-error", "28 días")]
    public async Task Save_OutOfRange_IsRefusedWithTheFieldNamed(string months, string days, string errorOf, string expected)
    {
        var before = await PolicyAsync();

        using var refused = await SaveAsync(months, days);
        var page = await Forms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(expected, page.QuerySelector($"[data-testid={errorOf}]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PolicyAsync());
    }
}

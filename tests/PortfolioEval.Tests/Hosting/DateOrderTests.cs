using System.Globalization;
using System.Net.Http.Headers;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Hosting;

/// <summary>Dates are written day first in both languages: 4 December 2026 is never "12/4/2026".</summary>
[Collection(SharedPortal.Name)]
public class DateOrderTests(PortfolioFactory app)
{
    [Fact]
    public async Task BookList_InEnglish_WritesTheImportDayFirst()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var imported = await app.WithDbAsync(db => Task.FromResult(db.ClientBooks.Single(b => b.Id == candidate.BookId).ImportedAt));
        candidate.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var page = await candidate.Client.GetDocumentAsync("/Candidate");

        var local = imported.ToLocalTime();
        var dayFirst = string.Create(CultureInfo.InvariantCulture, $"{local.Day:00}/{local.Month:00}/{local.Year}");
        Assert.Contains(dayFirst, page.QuerySelector("[data-testid=books]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "4/12/2026")]
    [InlineData("en", "04/12/2026")]
    public void ShortDate_InEachLanguage_IsDayFirst(string language, string expected)
    {
        var culture = PortfolioEval.Web.Hosting.LocalizationSetup.SupportedCultures.Single(c => c.Name == language);

        Assert.Equal(expected, new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Unspecified).ToString("d", culture));
    }
}

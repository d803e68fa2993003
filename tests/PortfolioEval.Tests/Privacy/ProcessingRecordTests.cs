using System.Globalization;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class ProcessingRecordTests
{
    private static readonly Dictionary<string, double> Facts = new(StringComparer.Ordinal)
    {
        ["InactiveMonths"] = 24,
        ["WarningDays"] = 30,
        ["ConsentDays"] = 90,
        ["KeyLifetimeDays"] = 90,
        ["MaxFailedAttempts"] = 5,
        ["LockoutMinutes"] = 15,
    };

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Html_FillsEveryWordInBraces_AndListsEightActivitiesOfEightEntriesEach(string language)
    {
        var html = new ProcessingRecord().Html(new CultureInfo(language), Facts);

        Assert.DoesNotContain("{", html, StringComparison.Ordinal);
        Assert.Equal(8, html.Split("<h3").Length - 1);
        Assert.Equal(8 * 8, html.Split("<li>").Length - 1);
        Assert.Contains(language == "es" ? "después de 24 meses" : "after 24 months", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_AFactNotSupplied_IsAnError_NotABlank()
    {
        var partial = Facts.Where(f => f.Key != "WarningDays").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        var error = Assert.Throws<KeyNotFoundException>(() => new ProcessingRecord().Html(new CultureInfo("en"), partial));

        Assert.Contains("{WarningDays}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_NumbersFollowTheLanguage()
    {
        var facts = new Dictionary<string, double>(Facts) { ["LockoutMinutes"] = 7.5 };

        Assert.Contains("7,5", new ProcessingRecord().Html(new CultureInfo("es"), facts), StringComparison.Ordinal);
        Assert.Contains("7.5", new ProcessingRecord().Html(new CultureInfo("en"), facts), StringComparison.Ordinal);
    }
}

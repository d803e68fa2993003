using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>An opening's dashboard: its candidates ranked, the comparison being built, and each one's shortlist status and note.</summary>
public sealed class DashboardPage(IPage page)
{
    public ILocator Rows => page.Locator("[data-testid=candidate-row]");
    public ILocator CompareSelected => page.Locator("[data-testid=compare-selected]");

    public ILocator RowOf(string sharedName) => Rows.Filter(new() { HasText = sharedName });

    public ILocator StatusOf(string sharedName) => RowOf(sharedName).Locator("[data-testid=status]");

    public ILocator NoteOf(string sharedName) => RowOf(sharedName).Locator("[data-testid=note-text]");

    public ILocator SaveStatusOf(string sharedName) => RowOf(sharedName).Locator("[data-testid=status-form] button[type=submit]");

    /// <summary>The message the page shows after saving ("Saved: …").</summary>
    public ILocator StatusMessage => page.Locator("[data-testid=status-message]");

    public async Task OpenAsync(Guid openingId) => await page.GotoAsync($"/Recruiter/Openings/Dashboard/{openingId}");

    public async Task AddToComparisonAsync(string sharedName) =>
        await RowOf(sharedName).Locator("[data-testid=add-to-comparison]").ClickAsync();

    public async Task SetStatusAsync(string sharedName, string statusValue)
    {
        var form = RowOf(sharedName).Locator("[data-testid=status-form]");
        await form.Locator("select").SelectOptionAsync(statusValue);
        await form.Locator("button[type=submit]").ClickAsync();
    }

    public async Task WriteNoteAsync(string sharedName, string note)
    {
        var details = RowOf(sharedName).Locator("[data-testid=note]");
        await details.Locator("summary").ClickAsync();
        await details.Locator("textarea").FillAsync(note);
        await details.Locator("button[type=submit]").ClickAsync();
    }
}

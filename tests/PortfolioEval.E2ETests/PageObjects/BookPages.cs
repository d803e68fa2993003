using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>The pages of a client-book import: upload, mapping, progress, summary.</summary>
public sealed class BookPages(IPage page)
{
    public ILocator UploadError => page.Locator("[data-testid=upload-error]");
    public ILocator MappingTable => page.Locator("[data-testid=mapping-form] table");
    public ILocator Accounting => page.Locator("[data-testid=accounting]");

    public ILocator FieldOf(int column) => page.Locator($"select[name='Fields[{column}]']");

    /// <summary>What the mapping page suggests column <paramref name="column"/> holds.</summary>
    public ILocator ChosenFieldOf(int column) => FieldOf(column).Locator("option:checked");

    public ILocator Count(string testId) => page.Locator($"[data-testid={testId}]");

    /// <summary>Why the mapping page proposed what it did for column <paramref name="column"/>.</summary>
    public ILocator WhyOf(int column) => page.Locator($"[data-testid=why-{column}]");

    /// <summary>The previewed amounts whose currency comes from the page's answers ("$" alone, or none written).</summary>
    public ILocator DeclaredReadings => page.Locator("[data-testid=read-as-declared]");

    public ILocator DollarSignCurrency => page.Locator("#DollarSignCurrency");

    public async Task UploadAsync(string path)
    {
        await page.GotoAsync("/Candidate");
        await page.Locator("[data-testid=upload-book]").ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(path);
        await page.Locator("[data-testid=upload-submit]").ClickAsync();
    }

    /// <summary>Confirms the mapping; the rows are read in the background while the progress page waits, then shows the summary.</summary>
    public async Task ConfirmMappingAsync()
    {
        await page.Locator("[data-testid=import-submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/Candidate/Books/Summary/"), new PageWaitForURLOptions { Timeout = 60_000 });
    }
}

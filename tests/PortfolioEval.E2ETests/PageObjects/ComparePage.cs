using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>Candidates side by side: the table, its charts, and its exports.</summary>
public sealed class ComparePage(IPage page)
{
    public ILocator Table => page.Locator("[data-testid=comparison]");
    public ILocator Names => page.Locator("[data-testid=compared-name]");
    public ILocator Best => Table.Locator("td[data-best=true]");
    public ILocator Charts => page.Locator("[data-testid^=chart-] svg");
    public ILocator PrintButton => page.Locator("[data-testid=print]");
    public ILocator Navigation => page.Locator("header nav");

    public ILocator Row(string criterion) => Table.Locator($"tr[data-testid={criterion}]");

    /// <summary>The values of one criterion, a cell a candidate.</summary>
    public ILocator Cells(string criterion) => Row(criterion).Locator("td");

    public ILocator BestCells(string criterion) => Row(criterion).Locator("td[data-best=true]");

    /// <summary>One click on the "+ name" button that adds a candidate to the comparison.</summary>
    public async Task AddAsync(string sharedName) =>
        await page.Locator("[data-testid=add-candidate]", new PageLocatorOptions { HasTextString = sharedName }).ClickAsync();

    /// <summary>Downloads the CSV export; returns its bytes and the file name the portal suggested.</summary>
    public async Task<(byte[] Content, string FileName)> DownloadCsvAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-csv]").ClickAsync());
        var path = await download.PathAsync();
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    /// <summary>The page as the browser prints it (print style sheet, the page size the CSS asks for).</summary>
    public async Task<byte[]> PrintToPdfAsync() =>
        await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
}

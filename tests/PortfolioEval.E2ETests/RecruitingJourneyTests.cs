using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

public class RecruitingJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    /// <summary>A name a candidate may choose that a spreadsheet would read as a formula: the CSV must neutralise it.</summary>
    private const string HandleName = "@carla.rojas";

    [Theory]
    [InlineData("es", ';', "Criterio", "Unidad", "Imprimir", "Llamarla esta semana: cartera fresca en retail.")]
    [InlineData("en", ',', "Criterion", "Unit", "Print", "Call her this week: a fresh retail book.")]
    public Task Recruiter_ShortlistsOneWithANote_ComparesThree_ExportsTheCsvAndPrints(string language, char separator, string criterion, string unit, string print, string note) =>
        InBrowserAsync(language, async page =>
        {
            var recruiter = await SignUpRecruiterAsync(page, "Rita Reclutadora", $"Comercial Andina {language}");
            var opening = await Portal.NewOpeningAsync(recruiter, "Ejecutivo/a de ventas B2B");
            await Portal.ApplyAsync(opening, "demo-ana.xlsx", "Ana Torres");
            await Portal.ApplyAsync(opening, "demo-bruno.csv", "Bruno Salas");
            await Portal.ApplyAsync(opening, "demo-carla.xlsx", HandleName);

            // The opening's dashboard ranks the three; the recruiter shortlists one, with a note, and compares them all.
            var dashboard = new DashboardPage(page);
            await dashboard.OpenAsync(opening.Id);
            await Expect(dashboard.Rows).ToHaveCountAsync(3);
            await dashboard.SetStatusAsync("Ana Torres", "Shortlisted");
            await Expect(dashboard.StatusOf("Ana Torres")).ToHaveValueAsync("Shortlisted");
            await dashboard.WriteNoteAsync("Ana Torres", note);
            await Expect(dashboard.NoteOf("Ana Torres")).ToHaveValueAsync(note);
            foreach (var name in new[] { "Ana Torres", "Bruno Salas", HandleName })
                await dashboard.AddToComparisonAsync(name);
            await SaveScreenshotAsync(page, $"dashboard-{language}");
            await dashboard.CompareSelected.ClickAsync();
            var compare = new ComparePage(page);

            await Expect(page).ToHaveURLAsync(new Regex("/Recruiter/Compare\\?books=.+&books=.+&books=.+"));
            // In the order they were added to the comparison.
            await Expect(compare.Names).ToHaveTextAsync(["Ana Torres", "Bruno Salas", HandleName]);
            await Expect(compare.Cells("composite")).ToHaveCountAsync(3);
            await Expect(compare.BestCells("composite")).Not.ToHaveCountAsync(0);
            await Expect(compare.Charts).ToHaveCountAsync(3);
            await Expect(compare.PrintButton).ToHaveTextAsync(print);
            await SaveScreenshotAsync(page, $"compare-{language}");

            var (csv, fileName) = await compare.DownloadCsvAsync();
            var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
            Assert.EndsWith(".csv", fileName, StringComparison.Ordinal);
            Assert.Equal(string.Join(separator, criterion, unit, "Ana Torres", "Bruno Salas", "'" + HandleName), lines[0]);
            Assert.Equal(20, lines.Length); // the names, the 18 criteria of the page and the currencies

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Expect(compare.Navigation).ToBeHiddenAsync();
            await Expect(compare.PrintButton).ToBeHiddenAsync();
            await Expect(compare.Charts).ToHaveCountAsync(3);
            await SaveScreenshotAsync(page, $"compare-print-{language}");
            var pdf = await compare.PrintToPdfAsync();
            Assert.True(pdf.Length > 10_000, $"a PDF with the table and charts, not {pdf.Length} bytes");
            Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
            // Landscape A4 (842 × 595 points), as the print style sheet asks.
            Assert.Matches(@"/MediaBox \[0 0 84[12][.\d]* 59[45][.\d]*\]", Encoding.Latin1.GetString(pdf));
            await File.WriteAllBytesAsync(Path.Combine(Browser.ScreenshotFolder, $"compare-{language}.pdf"), pdf);
        });
}

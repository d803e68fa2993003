using System.Text.RegularExpressions;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using PortfolioEval.Testing;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

public class BookImportJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    [Theory]
    [InlineData("es", "Cliente", "filas leídas", "legibles solo con tu clave")]
    [InlineData("en", "Client", "rows read", "readable only with your key")]
    public Task Candidate_UploadsASpanishXlsxConfirmsTheMappingAndSeesTheSummary(string language, string clientField, string rowsRead, string readableOnlyWithKey) =>
        InBrowserAsync(language, async page =>
        {
            await SignUpCandidateAsync(page, "Ana Torres");
            var books = new BookPages(page);

            await books.UploadAsync(RepositoryFiles.Sample("cartera-es.xlsx"));

            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Map/"));
            await Expect(books.ChosenFieldOf(0)).ToHaveTextAsync(clientField);
            await Expect(books.MappingTable).ToContainTextAsync("→");
            await SaveScreenshotAsync(page, $"book-mapping-{language}");

            await books.ConfirmMappingAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Summary/"));
            await Expect(books.Accounting).ToContainTextAsync(rowsRead);
            await Expect(books.Count("clients")).Not.ToHaveTextAsync("0");
            await SaveScreenshotAsync(page, $"book-summary-{language}");

            var home = new HomePages(page);
            await home.OpenCandidateHomeAsync();
            await Expect(home.Books).ToHaveCountAsync(1);

            var privacy = new PrivacyPages(page);
            await privacy.OpenMyDataAsync();
            // In plain words: that it is encrypted and who can read it, not the cipher's name.
            await Expect(privacy.StoredBookEncryption).ToContainTextAsync(readableOnlyWithKey);
            await SaveScreenshotAsync(page, $"candidate-privacy-{language}");
        });

    [Fact]
    public Task Candidate_MapsABookWithCompanyAndPerson_SeesWhyTheCompanyIsTheClientAndWhatDollarsAreReadAs() =>
        InBrowserAsync("es", async page =>
        {
            await SignUpCandidateAsync(page, "Carla Pérez");
            // A folder of its own, so the file keeps a plain name for the screenshot.
            var folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}")).FullName;
            var file = System.IO.Path.Combine(folder, "contactos.csv");
            await File.WriteAllTextAsync(file, "nombre;empresa;monto;fecha\r\nRosa Mamani;Minera Andina S.A.C.;$ 1.234,56;04/06/2026\r\n" +
                                               "Luis Quispe;Agro Norte S.A.;500,00;12/05/2026\r\nAna Díaz;Textil Inca S.A.;$ 980,00;02/03/2026\r\n");
            var books = new BookPages(page);

            await books.UploadAsync(file);

            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Map/"));
            await Expect(books.ChosenFieldOf(0)).ToHaveTextAsync("Persona de contacto");
            await Expect(books.ChosenFieldOf(1)).ToHaveTextAsync("Cliente");
            await Expect(books.WhyOf(0)).ToContainTextAsync("la empresa, que es el cliente");
            await Expect(books.DeclaredReadings.First).ToContainTextAsync("1.234,56 USD");
            await Expect(books.DeclaredReadings.Nth(1)).ToContainTextAsync("500,00 PEN");
            await SaveScreenshotAsync(page, "mapping-company-person-es");

            // The preview follows the answer for "$" before anything is imported.
            await books.DollarSignCurrency.SelectOptionAsync("MXN");
            await Expect(books.DeclaredReadings.First).ToContainTextAsync("1.234,56 MXN");
            await Expect(books.DeclaredReadings.Nth(1)).ToContainTextAsync("500,00 PEN");
            Directory.Delete(folder, recursive: true);
        });

    [Fact]
    public Task Candidate_UploadingAPicture_SeesWhyAndCanTryAgain() =>
        InBrowserAsync("es", async page =>
        {
            await SignUpCandidateAsync(page, "Bruno Salas");
            var picture = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"foto-{Guid.NewGuid():N}.xlsx");
            await File.WriteAllBytesAsync(picture, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
            var books = new BookPages(page);

            await books.UploadAsync(picture);

            await Expect(books.UploadError).ToContainTextAsync("no es una hoja de cálculo que podamos leer");
            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Upload"));
            File.Delete(picture);
        });
}

using System.Text.RegularExpressions;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using PortfolioEval.Testing;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

public class ConsentJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    [Fact]
    public Task Candidate_AppliesAndConsents_RecruiterReads_CandidateRevokes_RecruiterGetsNotFound_CandidateSeesWhoLooked() =>
        InTwoBrowsersAsync("es", async (candidatePage, recruiterPage) =>
        {
            // A hiring company publishes an opening.
            await SignUpRecruiterAsync(recruiterPage, "Lucía Paredes", $"Andina {Guid.NewGuid():N}"[..16]);
            var recruiter = new RecruiterPages(recruiterPage);
            var openingLink = await recruiter.CreateOpeningAsync("Ejecutivo/a de ventas B2B", "Lima");

            // A candidate with a scored book applies from the public link and grants consent.
            await SignUpCandidateAsync(candidatePage, "Carla Rojas");
            var books = new BookPages(candidatePage);
            await books.UploadAsync(RepositoryFiles.Sample("demo-carla.xlsx"));
            await books.ConfirmMappingAsync();
            var consents = new CandidateConsentPages(candidatePage);
            await consents.ApplyAsync(openingLink, "Carla R.");
            await Expect(consents.Confirmation).ToBeVisibleAsync();
            await Expect(consents.State).ToHaveTextAsync("Vigente");
            await SaveScreenshotAsync(candidatePage, "consent-granted-es");

            // The recruiter finds the candidate under the name she chose and reads the report.
            await recruiter.OpenCandidatesAsync();
            await recruiter.OpenReportOfAsync("Carla R.");
            await Expect(recruiterPage).ToHaveURLAsync(new Regex("/Recruiter/Reports/"));
            await Expect(recruiter.SharedName).ToContainTextAsync("Carla R.");
            await Expect(recruiter.CompositeScore).ToHaveTextAsync(new Regex(@"^\d{1,3}$"));
            await SaveScreenshotAsync(recruiterPage, "shared-report-es");
            var reportUrl = recruiterPage.Url;

            // One click revokes; the recruiter's very next request finds nothing.
            await consents.OpenAsync();
            await consents.RevokeAsync();
            await Expect(consents.State).ToHaveTextAsync("Revocado");
            var response = await recruiterPage.GotoAsync(reportUrl);
            Assert.Equal(404, response!.Status);
            await Expect(recruiter.CompositeScore).ToHaveCountAsync(0);
            await Expect(new Layout(recruiterPage).Body).Not.ToContainTextAsync("Carla R.");
            await SaveScreenshotAsync(recruiterPage, "revoked-report-es");

            // The candidate sees who looked.
            await consents.OpenAsync();
            await Expect(consents.AccessSummary).ToContainTextAsync("una vez");
            await consents.ShowAccessLogAsync();
            await Expect(consents.AccessLog).ToContainTextAsync("Lucía Paredes");
            await SaveScreenshotAsync(candidatePage, "access-log-es");
        });
}

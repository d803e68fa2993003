using Microsoft.Playwright;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

/// <summary>Against the cluster only: nginx really spreads one person's requests over both nodes, and no node minds.</summary>
public class ClusterJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    [ClusterFact]
    public Task SignedInCandidate_IsServedByBothNodesInTurn_AndStaysSignedInOnEach() =>
        InBrowserAsync("es", async page =>
        {
            var email = await SignUpCandidateAsync(page, "Ana Torres");
            var servedBy = new List<string>();

            // One request each (no page resources in between), with the browser's own cookies.
            for (var request = 0; request < 6; request++)
            {
                var response = await page.APIRequest.GetAsync("/Candidate", new APIRequestContextOptions { MaxRedirects = 0 });
                Assert.Equal(200, response.Status);
                Assert.Contains(email, await response.TextAsync(), StringComparison.Ordinal);
                servedBy.Add(response.Headers.GetValueOrDefault(PortalCluster.NodeHeader, "none"));
            }
            await new HomePages(page).OpenCandidateHomeAsync();

            Assert.Equal(Portal.Cluster!.Nodes.Order(StringComparer.Ordinal), servedBy.Distinct().Order(StringComparer.Ordinal));
            await Expect(new Layout(page).SignedInAs).ToHaveTextAsync(email);
        });
}

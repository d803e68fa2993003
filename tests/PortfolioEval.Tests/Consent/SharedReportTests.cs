using System.Text;
using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Tests.Consent;

public class SharedReportTests
{
    private static ScoreReport WorkedReport() => WorkedExample.Report();

    [Fact]
    public void Redact_TakesOutEveryClientPseudonymAndSectorText_KeepsTheScores()
    {
        var report = WorkedReport();
        Assert.NotEmpty(report.Reactivation.ClientPseudonyms);
        Assert.Contains(report.Relevance.SectorMix, s => s.Texts.Count > 0);

        var shared = SharedReport.Redact(report);

        Assert.Empty(shared.Reactivation.ClientPseudonyms);
        Assert.All(shared.Relevance.SectorMix, s => Assert.Empty(s.Texts));
        Assert.Equal(report.Composite, shared.Composite);
        Assert.Equal(report.Reactivation.Clients, shared.Reactivation.Clients);
        Assert.Equal(report.Relevance.SectorMix.Select(s => (s.Code, s.Value)), shared.Relevance.SectorMix.Select(s => (s.Code, s.Value)));
    }

    [Fact]
    public void Redact_LeavesNoPseudonymAnywhereInTheStoredJson()
    {
        var report = WorkedReport();

        var json = Encoding.UTF8.GetString(ReportJson.Serialize(SharedReport.Redact(report)));

        foreach (var client in WorkedExample.Clients)
            Assert.DoesNotContain(client.ClientPseudonym, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_DiffersPerConsent()
    {
        Assert.NotEqual(SharedReport.Context(Guid.NewGuid()), SharedReport.Context(Guid.NewGuid()));
    }
}

using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>A candidate's own report: the composite score, each section's title and chart, the action plan.</summary>
public sealed class ReportPage(IPage page)
{
    public ILocator CompositeScore => page.Locator("[data-testid=composite-score]");
    public ILocator FreshnessTitle => page.Locator("[data-testid=freshness] h2");
    public ILocator FreshnessBars => page.Locator("[data-testid=freshness] svg.chart rect");
    public ILocator DealValueCurve => page.Locator("[data-testid=deal-value] svg.chart polyline");
    public ILocator ActionPlanTitle => page.Locator("[data-testid=action-plan] h2");

    /// <summary>From an import's summary, the link to its report.</summary>
    public async Task OpenFromSummaryAsync() => await page.Locator("[data-testid=open-report]").ClickAsync();
}

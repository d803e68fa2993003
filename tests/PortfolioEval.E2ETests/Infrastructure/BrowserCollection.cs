namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>One browser and one server for every browser test; each test opens its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<Browser>, ICollectionFixture<KestrelPortal>
{
    public const string Name = "Browser";
}

using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>One portal shared by the integration tests that need no special settings; each test uses its own accounts.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortfolioFactory>
{
    public const string Name = "Portal";
}

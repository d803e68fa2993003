using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>
/// One portal shared by the integration tests that need no special settings; each test uses its own accounts. A
/// collection runs its classes one after another, so there is one such portal per area (below), and the areas run in
/// parallel with each other and with the rest of the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortfolioFactory>
{
    /// <summary>Accounts, privacy, security, messaging and whatever has no area of its own below.</summary>
    public const string Name = "Portal";

    /// <summary>Uploading, mapping and valuing books.</summary>
    public const string Books = "Portal for books";

    /// <summary>Consents: applying, sharing, revoking, and the reports companies read.</summary>
    public const string Consent = "Portal for consents";

    /// <summary>Recruiters' pages but the comparison.</summary>
    public const string Recruiting = "Portal for recruiting";

    /// <summary>The comparison of candidates: page, record, queries and CSV.</summary>
    public const string Comparison = "Portal for the comparison";
}

[CollectionDefinition(SharedPortal.Books)]
public sealed class SharedBooksPortal : ICollectionFixture<PortfolioFactory>;

[CollectionDefinition(SharedPortal.Consent)]
public sealed class SharedConsentPortal : ICollectionFixture<PortfolioFactory>;

[CollectionDefinition(SharedPortal.Recruiting)]
public sealed class SharedRecruitingPortal : ICollectionFixture<PortfolioFactory>;

[CollectionDefinition(SharedPortal.Comparison)]
public sealed class SharedComparisonPortal : ICollectionFixture<PortfolioFactory>;

/// <summary>
/// A portal that hashes passwords with production's iterations (<see cref="PortfolioFactory.ProductionPasswordHashing"/>),
/// for the tests of the hashing itself and of how long a login takes.
/// </summary>
public sealed class ProductionHashingPortal : PortfolioFactory
{
    public ProductionHashingPortal() => ProductionPasswordHashing = true;
}

[CollectionDefinition(Name)]
public sealed class ProductionHashing : ICollectionFixture<ProductionHashingPortal>
{
    public const string Name = "Portal hashing passwords as in production";
}

namespace PortfolioEval.Api;

/// <summary>What a company API key may do. A key holds one or more; none grants more than the company's recruiters have.</summary>
[Flags]
public enum ApiScope
{
    None = 0,

    /// <summary>List and read the company's openings.</summary>
    ReadOpenings = 1,

    /// <summary>List an opening's applications, and read the reports and comparisons a consent in force lets the company read.</summary>
    ReadApplications = 2,

    /// <summary>Move an application along the shortlist and write the company's private note.</summary>
    WriteStatuses = 4,

    /// <summary>Publish and close the company's openings.</summary>
    WriteOpenings = 8,
}

public static class ApiScopes
{
    public const ApiScope All = ApiScope.ReadOpenings | ApiScope.ReadApplications | ApiScope.WriteStatuses | ApiScope.WriteOpenings;

    /// <summary>The names a key's scopes travel by in the API and the OpenAPI document.</summary>
    public static IReadOnlyDictionary<ApiScope, string> Names { get; } = new Dictionary<ApiScope, string>
    {
        [ApiScope.ReadOpenings] = "openings:read",
        [ApiScope.WriteOpenings] = "openings:write",
        [ApiScope.ReadApplications] = "applications:read",
        [ApiScope.WriteStatuses] = "statuses:write",
    };

    public static IEnumerable<ApiScope> Each(ApiScope scopes) => Names.Keys.Where(s => scopes.HasFlag(s));

    public static bool IsValid(ApiScope scopes) => scopes != ApiScope.None && (scopes & ~All) == 0;
}

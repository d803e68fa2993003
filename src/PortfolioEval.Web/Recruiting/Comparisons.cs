using System.Security.Claims;
using PortfolioEval.Consent;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// Opens the reports a comparison asks for, all or nothing: if any one of them may not be read now (no consent,
/// another company, revoked, expired), none is opened and nothing is logged, so a revoked candidate can be neither
/// compared nor exported. The reports are read together through <see cref="CompanyReports"/>, which logs each access; only their
/// comparison records are decrypted.
/// </summary>
public sealed class Comparisons(CompanyReports reports)
{
    public const int Fewest = 2;
    public const int Most = 6;

    /// <summary>The books asked for, each once, in the order first asked.</summary>
    public static IReadOnlyList<Guid> Distinct(IEnumerable<Guid> books) => [.. books.Where(b => b != Guid.Empty).Distinct()];

    public static bool IsComparable(IReadOnlyList<Guid> books) => books?.Count is >= Fewest and <= Most;

    /// <summary>
    /// What the comparison reads of each report (<see cref="PortfolioEval.Consent.ComparisonRecord"/>), in the order
    /// asked for; null (not found) unless every one may be read.
    /// </summary>
    public Task<IReadOnlyList<CompanyComparison>?> OpenAsync(ClaimsPrincipal user, IReadOnlyList<Guid> books,
        ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(books);
        if (!IsComparable(books))
            throw new ArgumentException($"A comparison holds {Fewest} to {Most} books.", nameof(books));
        return reports.OpenComparisonsAsync(user, books, requirement, cancellation);
    }
}

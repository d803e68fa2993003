namespace PortfolioEval.Consent;

/// <summary>
/// What <see cref="ReportAccessHandler"/> reads on every request. The web layer implements it with EF Core, with no
/// cache: a revocation must be seen by the very next request.
/// </summary>
public interface IReportAccessData
{
    /// <summary>The id of the candidate who owns the book, or null when there is no such book.</summary>
    Task<string?> FindBookOwnerAsync(Guid bookId, CancellationToken cancellationToken);

    /// <summary>The user's roles and company as stored now, or null when the account no longer exists.</summary>
    Task<ReportReader?> FindReaderAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Every consent stored for the book, in any state.</summary>
    Task<IReadOnlyCollection<ConsentFacts>> ConsentsForBookAsync(Guid bookId, CancellationToken cancellationToken);
}

/// <summary>Who is asking, as the database knows them now.</summary>
public sealed record ReportReader(IReadOnlyCollection<string> Roles, Guid? CompanyId);

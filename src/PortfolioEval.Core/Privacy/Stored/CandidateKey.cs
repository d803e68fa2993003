namespace PortfolioEval.Privacy;

/// <summary>
/// A candidate's secret, wrapped (encrypted) by ASP.NET Core DataProtection. Everything of the candidate's that is
/// encrypted or pseudonymised depends on it: deleting this row makes all of it unreadable for good (crypto-shredding).
/// </summary>
public class CandidateKey
{
    // For EF Core.
    private CandidateKey() { }

    public CandidateKey(string candidateId, byte[] wrappedSecret, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        CandidateId = candidateId;
        WrappedSecret = wrappedSecret;
        CreatedAt = createdAt;
    }

    public string CandidateId { get; private set; } = "";
    public byte[] WrappedSecret { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
}

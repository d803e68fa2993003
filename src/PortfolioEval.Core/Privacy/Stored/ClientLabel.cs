namespace PortfolioEval.Privacy;

/// <summary>
/// The number of a client in its candidate's books ("Cliente 017"), given the first time its pseudonym is seen and
/// kept across uploads, so a candidate recognises the same client in every book without its name being stored.
/// </summary>
public class ClientLabel
{
    // For EF Core.
    private ClientLabel() { }

    public ClientLabel(string candidateId, string clientPseudonym, int number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientPseudonym);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Id = Guid.NewGuid();
        CandidateId = candidateId;
        ClientPseudonym = clientPseudonym;
        Number = number;
    }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public string ClientPseudonym { get; private set; } = "";
    public int Number { get; private set; }
}

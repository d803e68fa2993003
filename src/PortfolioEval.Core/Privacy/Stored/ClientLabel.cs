namespace PortfolioEval.Privacy;

/// <summary>
/// The number of a client in its candidate's books ("Cliente 017"), given the first time its pseudonym is seen and
/// kept across uploads, so a candidate recognises the same client in every book. Its name is stored only encrypted
/// under the candidate's key (<see cref="EncryptedName"/>), for the candidate's own pages.
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

    /// <summary>
    /// The client's name as first written and its contact (<see cref="ClientNames"/>), sealed by
    /// <see cref="ClientNameCipher"/>; null for a label made before names were kept, until a book names it again.
    /// </summary>
    public byte[]? EncryptedName { get; private set; }
}

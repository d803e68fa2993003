using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// A book's clients as the engine takes them in: each stored client packed into a <see cref="CompactClient"/> as it
/// arrives (the decoded client is then let go), in one array, and, apart, the email, phone and tax id pseudonyms that
/// only the duplicate count and the accounts read; those are dropped once the book is valued.
/// </summary>
internal sealed class CompactBook
{
    private CompactBook(CompactClient[] clients, int count, SharedKeys.Key[] emails, SharedKeys.Key[] phones, SharedKeys.Key[] taxIds, SharedKeys.Texts texts) =>
        (Clients, Count, Emails, Phones, TaxIds, Texts) = (clients, count, emails, phones, taxIds, texts);

    /// <summary>The clients as given; the first <see cref="Count"/> entries hold them.</summary>
    public CompactClient[] Clients { get; }

    public int Count { get; }

    public SharedKeys.Key[] Emails { get; private set; }

    public SharedKeys.Key[] Phones { get; private set; }

    public SharedKeys.Key[] TaxIds { get; private set; }

    public Span<CompactClient> Span => Clients.AsSpan(0, Count);

    /// <summary>The texts among the pseudonyms that are not pseudonyms, numbered for <see cref="SharedKeys.Key"/>.</summary>
    public SharedKeys.Texts Texts { get; }

    private List<SharedKeys.Keyed>? pairs;

    /// <summary>Reads the clients once, in their order, keeping nothing of each but its compact form.</summary>
    /// <param name="expected">How many there should be (0: unknown); more or fewer are read all the same.</param>
    public static CompactBook Read(IEnumerable<PseudonymisedClient> clients, int expected = 0)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var capacity = clients.TryGetNonEnumeratedCount(out var known) ? Math.Max(known, 1) : Math.Max(expected, 1024);
        var compact = new CompactClient[capacity];
        // The contacts as 16-byte keys, not 24-byte pseudonyms: 48 MB for a million clients instead of 72.
        var (emails, phones, taxIds) = (new SharedKeys.Key[capacity], new SharedKeys.Key[capacity], new SharedKeys.Key[capacity]);
        var texts = new SharedKeys.Texts();
        var count = 0;
        foreach (var client in clients)
        {
            ArgumentNullException.ThrowIfNull(client);
            if (count == compact.Length)
            {
                var larger = compact.Length * 2;
                Array.Resize(ref compact, larger);
                Array.Resize(ref emails, larger);
                Array.Resize(ref phones, larger);
                Array.Resize(ref taxIds, larger);
            }

            compact[count] = CompactClient.Of(client);
            (emails[count], phones[count], taxIds[count]) =
                (SharedKeys.Key.Of(client.EmailKey, texts), SharedKeys.Key.Of(client.PhoneKey, texts), SharedKeys.Key.Of(client.TaxIdKey, texts));
            count++;
        }

        return new CompactBook(compact, count, emails, phones, taxIds, texts);
    }

    /// <summary>
    /// The one buffer of (pseudonym, position) pairs that the duplicate count and the accounts sort the contacts in
    /// (<see cref="SharedKeys"/>), made at the first use: each making its own was 32 MB more for a million clients.
    /// </summary>
    public List<SharedKeys.Keyed> Pairs => pairs ??= SharedKeys.Buffer(Count);

    /// <summary>Lets the contact pseudonyms (and the pairs they were sorted in) go once the duplicates are counted and
    /// the accounts joined.</summary>
    public void ForgetContacts() => (Emails, Phones, TaxIds, pairs) = ([], [], [], null);
}

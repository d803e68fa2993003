using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>Turns a client read from a book into the form that may be stored.</summary>
public static class Pseudonymiser
{
    /// <summary>
    /// Pseudonymises one client under the candidate's secret. Every field of <see cref="ImportedClient"/> has a fate:
    /// <list type="bullet">
    /// <item><description>Pseudonymised (<see cref="Pseudonyms"/>): <c>NormalisedKey</c> → <c>ClientPseudonym</c>;
    /// <c>ContactPerson</c>, <c>Email</c>, <c>Phone</c>, <c>TaxId</c>, <c>Address</c> → their <c>…Pseudonym</c>
    /// (null when blank).</description></item>
    /// <item><description>Not in the stored client: <c>ClientName</c>, the name as first written. The pseudonym of its key
    /// already identifies the client for matching. <see cref="PseudonymiseAll"/> hands it and <c>ContactPerson</c> to
    /// <see cref="ClientNames"/>, which the candidate's label keeps encrypted for the candidate's eyes only.</description></item>
    /// <item><description>Kept as read, because scoring or the display label needs them: every
    /// <see cref="ClientFacts"/> (<c>Sector</c>, <c>ContactType</c>, <c>Product</c>, <c>City</c>, <c>Country</c>,
    /// <c>LastContact</c>, <c>FirstContact</c>, <c>ContactDays</c>, <c>LastUpdate</c>, <c>Value</c>, <c>Currency</c>, <c>ValuesByCurrency</c> (copied),
    /// <c>OutstandingBalance</c>, <c>DaysOverdue</c>, <c>PurchaseCount</c>, <c>RowCount</c>), carried over whole,
    /// so a new fact is kept without a line here.</description></item>
    /// <item><description>Never reached this far: notes and any unmapped column (the reader does not keep them).</description></item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentException">The client has no key: the reader never produces one, so it is a bug.</exception>
    public static PseudonymisedClient Pseudonymise(ImportedClient client, CandidateSecret secret)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(secret);

        // The message names no value: exception messages end up in logs.
        var clientPseudonym = Pseudonyms.CompactOf(PseudonymKind.Client, client.NormalisedKey, secret);
        if (clientPseudonym.IsNull)
            throw new ArgumentException("The client has no name key to pseudonymise.", nameof(client));

        return new PseudonymisedClient(client, clientPseudonym,
            Pseudonyms.CompactOf(PseudonymKind.ContactPerson, client.ContactPerson, secret),
            Pseudonyms.CompactOf(PseudonymKind.Email, client.Email, secret),
            Pseudonyms.CompactOf(PseudonymKind.Phone, client.Phone, secret),
            Pseudonyms.CompactOf(PseudonymKind.TaxId, client.TaxId, secret),
            Pseudonyms.CompactOf(PseudonymKind.Address, client.Address, secret))
        {
            // A copy: the stored record must not change if the reader's list does.
            ValuesByCurrency = [.. client.ValuesByCurrency],
        };
    }

    /// <summary>Clients pseudonymised together: tens of milliseconds of work, so the choice of cores is made often.</summary>
    public const int BatchSize = 4096;

    /// <summary>
    /// Takes the clients of a reading in batches of <see cref="BatchSize"/>, adds each to <paramref name="figures"/>
    /// in the reading's order and pseudonymises the batch: half of it on a second thread when <paramref name="helper"/>
    /// starts one (it is asked before each batch and returns null to keep to one core; the web starts a thread of its
    /// own at low priority, never a thread-pool thread a request needs, and only when no request waits), the rest on
    /// the calling thread. The clients come out in the reading's order either way, and the plaintext clients are let
    /// go batch by batch, so the book's clients are never held twice. <paramref name="names"/>, when given, gets each
    /// client's names in the same order as the clients returned.
    /// </summary>
    public static List<PseudonymisedClient> PseudonymiseAll(BookReading reading, CandidateSecret secret, ClientFigures figures, Func<Action, Task?>? helper = null,
        ClientNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(figures);
        var clients = new List<PseudonymisedClient>(reading.Clients);
        var batch = new ImportedClient[BatchSize];
        var done = new PseudonymisedClient[BatchSize];
        var count = 0;
        foreach (var client in reading.TakeClients())
        {
            figures.Add(client);
            names?.Add(client);
            batch[count++] = client;
            if (count == BatchSize)
                count = Flush(batch, done, count, clients, secret, helper);
        }

        Flush(batch, done, count, clients, secret, helper);
        return clients;
    }

    private static int Flush(ImportedClient[] batch, PseudonymisedClient[] done, int count, List<PseudonymisedClient> clients, CandidateSecret secret, Func<Action, Task?>? helper)
    {
        void Range(int from, int to)
        {
            for (var i = from; i < to; i++)
                done[i] = Pseudonymise(batch[i], secret);
        }

        var half = count / 2;
        var other = count > 1 ? helper?.Invoke(() => Range(half, count)) : null;
        Range(0, other is null ? count : half);
        other?.GetAwaiter().GetResult();

        for (var i = 0; i < count; i++)
        {
            clients.Add(done[i]);
            batch[i] = null!;
            done[i] = null!;
        }

        return 0;
    }
}

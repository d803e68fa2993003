using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// The valuation of a scored book. The book of today's import has one row per client (a value, a purchase count and
/// the last contact, no first purchase date), so every client is read by recency, its last contact standing for its
/// last purchase; the origin of clients is not imported, so transferability is neutral.
/// </summary>
public static class BookValueOfBook
{
    public static BookValue Value(ValuedBook book, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(book);
        var accounts = AccountKeys(book.Clients.Select(c => c.Client).ToList());
        var clients = book.Clients
            .Select(c => new ValuationClient(c.Client.ClientPseudonym, accounts[c.Client.ClientPseudonym], c.Value, c.Client.PurchaseCount, null, c.Client.LastContact))
            .ToList();
        return BookValueRule.Value(clients, book.Currency, book.OtherCurrencies, asOf);
    }

    /// <summary>
    /// Clients joined when they share a tax id, email or phone (directly or through another client), each group named
    /// by its first pseudonym in ordinal order: one business under two names is one account.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AccountKeys(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string key)
        {
            while (parent[key] != key)
                key = parent[key] = parent[parent[key]];
            return key;
        }

        void Join(string a, string b)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb)
                parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
        }

        foreach (var client in clients)
            parent.TryAdd(client.ClientPseudonym, client.ClientPseudonym);
        var firstWith = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            foreach (var id in new[] { ("tax:", client.TaxIdPseudonym), ("email:", client.EmailPseudonym), ("phone:", client.PhonePseudonym) })
            {
                if (id.Item2 is not { Length: > 0 } value)
                    continue;
                if (firstWith.TryGetValue(id.Item1 + value, out var other))
                    Join(other, client.ClientPseudonym);
                else
                    firstWith[id.Item1 + value] = client.ClientPseudonym;
            }
        }

        return parent.Keys.ToDictionary(k => k, Root, StringComparer.Ordinal);
    }
}

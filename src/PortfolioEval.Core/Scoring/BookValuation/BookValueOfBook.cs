using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// The valuation of a scored book. Each client's history comes from what the import kept: in a book of one row per
/// purchase (some client bought on two days or more, and no client's purchase count exceeds its rows), a client's
/// purchases are its distinct dates (frequency = dates − 1), from its first date to its last, so the model can be
/// fitted to the book; a book of one row per client (a purchase count and the last contact, no first purchase) is read
/// by recency, the last contact standing for the last purchase. Each client's origin (won, inherited, assigned, as the
/// book or the candidate said) sets its transferability; unknown is neutral. The values are those of the converted book: other currencies with a rate are in them,
/// at the rates <see cref="CurrencyFigures"/> states.
/// </summary>
public static class BookValueOfBook
{
    /// <param name="currencies">The conversion the book went through (null: the book was not converted, and its other
    /// currencies are listed and left out).</param>
    public static BookValue Value(ValuedBook book, DateOnly asOf, CurrencyFigures? currencies = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var accounts = AccountKeys(book.Clients.Select(c => c.Client).ToList());
        var transactional = IsOnePurchasePerRow(book.Clients.Select(c => c.Client).ToList());
        var clients = book.Clients
            .Select(c => transactional && c.Client is { FirstContact: { } first, ContactDays: > 0 }
                ? new ValuationClient(c.Client.ClientPseudonym, accounts[c.Client.ClientPseudonym], c.Value, c.Client.ContactDays, first, c.Client.LastContact, c.Client.Origin)
                : new ValuationClient(c.Client.ClientPseudonym, accounts[c.Client.ClientPseudonym], c.Value, c.Client.PurchaseCount, null, c.Client.LastContact, c.Client.Origin))
            .ToList();
        // After a conversion the book holds only the main currency; what had no rate was taken out and is listed apart.
        var leftOut = currencies is { MainCurrency: not null } ? currencies.NotConverted : book.OtherCurrencies;
        return BookValueRule.Value(clients, book.Currency, leftOut, asOf, currencies?.Converted.Count ?? 0);
    }

    /// <summary>
    /// True when the rows are the purchases: some client has dated rows on two days or more, and no client counts more
    /// purchases than rows (a purchase-count column saying more means a row sums several purchases, whose dates the book
    /// does not give). A book of one row per client has no client on two days, so it is read by recency.
    /// </summary>
    public static bool IsOnePurchasePerRow(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Any(c => c.ContactDays >= 2) && clients.All(c => c.PurchaseCount <= c.RowCount);
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

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
    /// <param name="activity">The book's revenue windows: when some client's sales are dated and the year before the
    /// last had revenue, the revenue retention they measure prices retention.</param>
    /// <param name="windows">The report's revenue windows: when the book's sales are dated, the concentration is over each
    /// client's sales of the last 12 months (version 4). Null, or a book of one row per client: over its value.</param>
    public static BookValue Value(ValuedBook book, DateOnly asOf, CurrencyFigures? currencies = null, ActivityFigures? activity = null, RevenueWindows? windows = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var stored = book.Clients.Select(c => c.Client).ToList();
        var lastYear = windows is not null && RevenueWindows.BySaleDate(book) ? windows.LastYearOfEach(book) : null;
        var accounts = AccountOfEach(stored);
        var transactional = IsOnePurchasePerRow(stored);
        var clients = new List<ValuationClient>(stored.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            var (client, value) = (stored[i], book.Clients[i].Value);
            // Most clients are an account of their own: one string names both (the text is made anew on each read).
            var pseudonym = client.ClientPseudonym;
            pseudonym = string.Equals(pseudonym, accounts[i], StringComparison.Ordinal) ? accounts[i] : pseudonym;
            clients.Add(transactional && client is { FirstContact: { } first, ContactDays: > 0 }
                ? new ValuationClient(pseudonym, accounts[i], value, client.ContactDays, first, client.LastContact, client.Origin, lastYear?[i])
                : new ValuationClient(pseudonym, accounts[i], value, client.PurchaseCount, null, client.LastContact, client.Origin, lastYear?[i]));
        }

        // After a conversion the book holds only the main currency; what had no rate was taken out and is listed apart.
        var leftOut = currencies is { MainCurrency: not null } ? currencies.NotConverted : book.OtherCurrencies;
        var revenueKept = activity is { ClientsBySaleDate: > 0, Retention: { } kept } ? kept : (double?)null;
        return BookValueRule.Value(clients, book.Currency, leftOut, asOf, currencies?.Converted.Count ?? 0, revenueKept);
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
        var accounts = AccountOfEach(clients);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < clients.Count; i++)
            keys.TryAdd(clients[i].ClientPseudonym, accounts[i]);
        return keys;
    }

    /// <summary>
    /// <see cref="AccountKeys"/> for each client in the list's order, over the pseudonyms' bits: a million-client book
    /// needs a few arrays of numbers here, not dictionaries of strings. Clients under one pseudonym are one client; each
    /// account's name is one string, shared by its clients.
    /// </summary>
    internal static string[] AccountOfEach(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var byPseudonym = new int[clients.Count];
        for (var i = 0; i < byPseudonym.Length; i++)
            byPseudonym[i] = i;
        Array.Sort(byPseudonym, (a, b) => clients[a].ClientKey.CompareTo(clients[b].ClientKey) is var order and not 0 ? order : a.CompareTo(b));

        // One node a distinct pseudonym, numbered in ordinal order, so the smallest node of a group is its name.
        var nodeOf = new int[clients.Count];
        var nodes = 0;
        for (var k = 0; k < byPseudonym.Length; k++)
        {
            if (k > 0 && clients[byPseudonym[k]].ClientKey != clients[byPseudonym[k - 1]].ClientKey)
                nodes++;
            nodeOf[byPseudonym[k]] = nodes;
        }

        var parent = new int[clients.Count == 0 ? 0 : nodes + 1];
        for (var n = 0; n < parent.Length; n++)
            parent[n] = n;
        int Root(int node)
        {
            while (parent[node] != node)
                node = parent[node] = parent[parent[node]];
            return node;
        }

        // Tax ids, emails and phones apart: one kind's first owners are held at a time.
        foreach (var kind in (Func<PseudonymisedClient, CompactPseudonym>[])[c => c.TaxIdKey, c => c.EmailKey, c => c.PhoneKey])
        {
            var firstWith = new Dictionary<CompactPseudonym, int>();
            for (var i = 0; i < clients.Count; i++)
            {
                var id = kind(clients[i]);
                if (!id.HasText)
                    continue;
                if (firstWith.TryGetValue(id, out var other))
                {
                    var (ra, rb) = (Root(other), Root(nodeOf[i]));
                    if (ra != rb)
                        parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                }
                else
                {
                    firstWith[id] = nodeOf[i];
                }
            }
        }

        var names = new string?[parent.Length];
        var accounts = new string[clients.Count];
        for (var i = 0; i < clients.Count; i++)
        {
            var root = Root(nodeOf[i]);
            accounts[i] = names[root] ??= clients[byPseudonym[FirstAt(root)]].ClientPseudonym;
        }

        return accounts;

        // The first position in pseudonym order of a node (nodes are numbered along that order).
        int FirstAt(int node)
        {
            int lo = 0, hi = byPseudonym.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (nodeOf[byPseudonym[mid]] < node)
                    lo = mid + 1;
                else
                    hi = mid;
            }

            return lo;
        }
    }
}

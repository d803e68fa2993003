using PortfolioEval.Books;
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
        var lastYear = windows is not null && RevenueWindows.BySaleDate(book) ? windows.LastYearOfEach(book) : null;
        var transactional = IsOnePurchasePerRow(book.Clients.Select(c => c.Client));
        // A client's purchases are its dated rows in a book of one row per purchase, its purchase count otherwise.
        bool HistoryKnown(in CompactClient client) => transactional && client is { FirstContact: not null, ContactDays: > 0 };
        var count = book.Clients.Count;
        var compact = book.Compact;

        // The book is in pseudonym order, so its positions rank the clients, and the position of an account's first
        // client ranks the account, as their names would. Each client's history is read from the book where it is,
        // not copied into arrays of its own.
        var clients = new ValuationClients
        {
            Count = count, Account = book.AccountOf, Value = book.Values,
            Purchases = new ClientColumn<int>(count, i => HistoryKnown(compact[i]) ? compact[i].ContactDays : compact[i].PurchaseCount),
            FirstPurchase = new ClientColumn<int>(count, i => HistoryKnown(compact[i]) ? compact[i].FirstContact!.Value.DayNumber : ValuationClients.DayOf(null)),
            LastPurchase = new ClientColumn<int>(count, i => ValuationClients.DayOf(compact[i].LastContact)),
            Origin = new ClientColumn<ClientOrigin>(count, i => compact[i].Origin),
            LastYear = lastYear,
        };

        // After a conversion the book holds only the main currency; what had no rate was taken out and is listed apart.
        var leftOut = currencies is { MainCurrency: not null } ? currencies.NotConverted : book.OtherCurrencies;
        var revenueKept = activity is { ClientsBySaleDate: > 0, Retention: { } kept } ? kept : (double?)null;
        return BookValueRule.Value(clients, book.Currency, leftOut, asOf, currencies?.Converted.Count ?? 0, revenueKept);
    }

    private sealed class ClientColumn<T>(int count, Func<int, T> at) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => at(index);

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
                yield return at(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// True when the rows are the purchases: some client has dated rows on two days or more, and no client counts more
    /// purchases than rows (a purchase-count column saying more means a row sums several purchases, whose dates the book
    /// does not give). A book of one row per client has no client on two days, so it is read by recency.
    /// </summary>
    public static bool IsOnePurchasePerRow(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return IsOnePurchasePerRow(clients.Select(CompactClient.Of));
    }

    private static bool IsOnePurchasePerRow(IEnumerable<CompactClient> clients) =>
        clients.Any(c => c.ContactDays >= 2) && clients.All(c => c.PurchaseCount <= c.RowCount);

    /// <summary>
    /// Clients joined when they share a tax id, email or phone (directly or through another client), each group named
    /// by its first pseudonym in ordinal order: one business under two names is one account.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AccountKeys(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var texts = new SharedKeys.Texts();
        var accounts = AccountOfEach(clients.Count, i => clients[i].ClientKey, i => SharedKeys.Key.Of(clients[i].TaxIdKey, texts),
            i => SharedKeys.Key.Of(clients[i].EmailKey, texts), i => SharedKeys.Key.Of(clients[i].PhoneKey, texts));
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < clients.Count; i++)
            keys.TryAdd(clients[i].ClientPseudonym, clients[accounts[i]].ClientPseudonym);
        return keys;
    }

    /// <summary>
    /// <see cref="AccountKeys"/> for each of <paramref name="count"/> clients, over the pseudonyms' bits: a
    /// million-client book needs a few arrays of numbers here, not dictionaries of strings. Clients under one pseudonym
    /// are one client. Each client's account is given as the position of the client that names it: the first, in
    /// pseudonym order, of its clients.
    /// </summary>
    /// <param name="pairs">The buffer <see cref="SharedKeys.Runs"/> sorts in (null: one is made).</param>
    internal static int[] AccountOfEach(int count, Func<int, CompactPseudonym> clientKey, Func<int, SharedKeys.Key> taxId,
        Func<int, SharedKeys.Key> email, Func<int, SharedKeys.Key> phone, List<SharedKeys.Keyed>? pairs = null)
    {
        // The engine's book comes in pseudonym order already: its positions are then their own order, and no sort is made.
        var inOrder = true;
        for (var i = 1; i < count && inOrder; i++)
            inOrder = clientKey(i - 1).CompareTo(clientKey(i)) <= 0;
        int[]? sorted = null;
        if (!inOrder)
        {
            sorted = new int[count];
            for (var i = 0; i < sorted.Length; i++)
                sorted[i] = i;
            Array.Sort(sorted, (a, b) => clientKey(a).CompareTo(clientKey(b)) is var order and not 0 ? order : a.CompareTo(b));
        }

        int ByPseudonym(int k) => sorted is null ? k : sorted[k];

        // One node a distinct pseudonym, numbered in ordinal order, so the smallest node of a group is its name.
        var nodeOf = new int[count];
        var nodes = 0;
        for (var k = 0; k < count; k++)
        {
            if (k > 0 && clientKey(ByPseudonym(k)) != clientKey(ByPseudonym(k - 1)))
                nodes++;
            nodeOf[ByPseudonym(k)] = nodes;
        }

        var parent = new int[count == 0 ? 0 : nodes + 1];
        for (var n = 0; n < parent.Length; n++)
            parent[n] = n;
        int Root(int node)
        {
            while (parent[node] != node)
                node = parent[node] = parent[parent[node]];
            return node;
        }

        // Tax ids, emails and phones apart: the clients sharing one are joined, whatever the order.
        var buffer = pairs ?? SharedKeys.Buffer(count);
        foreach (var kind in (Func<int, SharedKeys.Key>[])[taxId, email, phone])
        {
            SharedKeys.Runs(count, kind, textOnly: true, buffer, run =>
            {
                for (var j = 1; j < run.Length; j++)
                {
                    var (ra, rb) = (Root(nodeOf[run[0].At]), Root(nodeOf[run[j].At]));
                    if (ra != rb)
                        parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                }
            });
        }

        var named = new int[parent.Length];
        Array.Fill(named, -1);
        var accounts = new int[count];
        for (var i = 0; i < count; i++)
        {
            var root = Root(nodeOf[i]);
            accounts[i] = named[root] < 0 ? named[root] = ByPseudonym(FirstAt(root)) : named[root];
        }

        return accounts;

        // The first position in pseudonym order of a node (nodes are numbered along that order).
        int FirstAt(int node)
        {
            int lo = 0, hi = count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (nodeOf[ByPseudonym(mid)] < node)
                    lo = mid + 1;
                else
                    hi = mid;
            }

            return lo;
        }
    }
}

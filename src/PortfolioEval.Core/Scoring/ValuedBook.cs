using System.Collections;
using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <param name="Value">Deal value in the book's main currency; 0 when the client has none there, or a net negative one
/// (credit notes above sales): a negative weight would make shares and means meaningless.</param>
/// <remarks>A value made as it is read: the book holds its clients in one array and their values in another.</remarks>
public readonly record struct ValuedClient(CompactClient Client, decimal Value)
{
    /// <summary>True when every amount of the client is in the main currency, or it has none (so its balance is read in it).</summary>
    public bool InMainCurrency { get; init; }
}

/// <summary>
/// The book as every rule reads it: clients in one canonical order (so sums, ties and floating-point rounding never
/// depend on the order of the rows) and valued in the main currency, the currency holding most of the value.
/// Other currencies are kept apart, never converted or added. The clients are held packed (<see cref="CompactClient"/>),
/// in one array with their values beside it, so a million-client book takes some 140 MB here.
/// </summary>
public sealed class ValuedBook
{
    private readonly CompactClient[] clients;
    private readonly decimal[] values;
    private readonly bool[] inMain;

    private ValuedBook(string? currency, CompactClient[] clients, decimal[] values, bool[] inMain, int[] accounts, IReadOnlyList<CurrencyTotal> otherCurrencies,
        int[] positions)
    {
        Currency = currency;
        (this.clients, this.values, this.inMain) = (clients, values, inMain);
        Clients = new ClientList(this);
        AccountOf = accounts;
        OtherCurrencies = otherCurrencies;
        decimal total = 0;
        foreach (var value in values)
            total += value;
        Total = total;
        PositiveValuesLargestFirst = LargestFirst(values, positions);
    }

    /// <summary>ISO 4217 code of the main currency; null when the book does not say (that is a bucket of its own).</summary>
    public string? Currency { get; }

    public IReadOnlyList<ValuedClient> Clients { get; }

    public IReadOnlyList<CurrencyTotal> OtherCurrencies { get; }

    /// <summary>Total value in the main currency.</summary>
    public decimal Total { get; }

    /// <summary>
    /// The clients' positive values, largest first, equal values in the clients' order: sorted once here, since
    /// the Pareto curve, the median, the top 20% and the plausibility questions all read them.
    /// </summary>
    public IReadOnlyList<decimal> PositiveValuesLargestFirst { get; }

    /// <summary>
    /// Each client's account, as the position in the book of the account's first client: clients sharing a tax id,
    /// email or phone (directly or through another client) are one account, named by its first pseudonym in ordinal
    /// order (<see cref="BookValuation.BookValueOfBook.AccountKeys"/>), which in the book's order is its first client.
    /// </summary>
    internal int[] AccountOf { get; }

    /// <summary>The clients, in the book's order (<see cref="ValuedClient.Client"/>), read where they are.</summary>
    internal CompactClient[] Compact => clients;

    /// <summary>The clients' values, in the book's order (<see cref="ValuedClient.Value"/>).</summary>
    internal decimal[] Values => values;

    /// <summary>A client's weight in value-weighted figures; when the book has no value at all, every client weighs 1.</summary>
    public decimal WeightOf(in ValuedClient client) => Total > 0 ? client.Value : 1;

    public static ValuedBook Of(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return Of(CompactBook.Read(clients));
    }

    /// <summary>
    /// The book of clients read by <see cref="CompactBook.Read"/> (and converted in place, if they were): sorted in
    /// place into the canonical order, joined into accounts, valued. The contact pseudonyms are let go here.
    /// </summary>
    internal static ValuedBook Of(CompactBook book)
    {
        var order = ClientOrder.Canonical(book.Clients, book.Count);
        var accounts = BookValuation.BookValueOfBook.AccountOfEach(order.Length, i => book.Clients[order[i]].ClientKey,
            i => book.TaxIds[order[i]], i => book.Emails[order[i]], i => book.Phones[order[i]], book.Pairs);
        book.ForgetContacts();
        var count = order.Length;
        var ordered = ClientOrder.InPlace(book.Clients, order);

        // Most clients have one amount in one currency: those are read in place; only the others are grouped (twice).
        var totals = new List<CurrencyTotal>();
        for (var i = 0; i < count; i++)
        {
            if (SingleAmountOf(ordered[i]) is { } single)
                AddTo(totals, single.Currency, single.Amount);
            else
            {
                foreach (var amount in SeveralAmountsOf(ordered[i]))
                    AddTo(totals, amount.Currency, amount.Amount);
            }
        }

        // A named currency first: amounts whose currency the book does not state are never the headline (issue 14),
        // however large. Then most value; ties go to the currency more clients use, then alphabetically.
        totals = [.. totals.OrderBy(t => CurrencyCodes.IsUnstated(t.Currency)).ThenByDescending(t => t.Amount).ThenByDescending(t => t.Clients)
            .ThenBy(t => t.Currency, StringComparer.Ordinal)];
        var main = totals.Count > 0 ? totals[0].Currency : null;

        var values = new decimal[count];
        var inMain = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (SingleAmountOf(ordered[i]) is { } single)
            {
                inMain[i] = single.Currency == main;
                values[i] = inMain[i] ? 0m + single.Amount : 0m;
            }
            else
            {
                var amounts = SeveralAmountsOf(ordered[i]);
                values[i] = amounts.Where(x => x.Currency == main).Sum(x => x.Amount);
                inMain[i] = amounts.All(x => x.Currency == main);
            }
        }

        return new ValuedBook(main, ordered, values, inMain, accounts, totals.Skip(1).ToList(), order);
    }

    // Grouping by currency in the order currencies first appear, as GroupBy would.
    private static void AddTo(List<CurrencyTotal> totals, string? currency, decimal amount)
    {
        var at = 0;
        while (at < totals.Count && totals[at].Currency != currency)
            at++;
        if (at == totals.Count)
            totals.Add(new CurrencyTotal(currency, amount, 1));
        else
            totals[at] = totals[at] with { Amount = totals[at].Amount + amount, Clients = totals[at].Clients + 1 };
    }

    /// <summary>The client's one amount, when it has exactly one: never below zero (0 + amount keeps the amount's scale).
    /// A value, not a <see cref="CurrencyAmount"/>: it is read twice a client, and a million clients made two million objects.</summary>
    private static (string? Currency, decimal Amount)? SingleAmountOf(in CompactClient client) => client.AmountCount switch
    {
        1 => One(client.AmountAt(0).Currency, client.AmountAt(0).Amount),
        0 when client.Value is { } single => One(client.Currency, single),
        _ => null,
    };

    /// <summary>The client's positive totals per currency, when it has none or several amounts.</summary>
    private static List<CurrencyAmount> SeveralAmountsOf(in CompactClient client) =>
        client.ValuesByCurrency
            .GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key, Math.Max(0, g.Sum(a => a.Amount))))
            .ToList();

    // As the grouping would give it: a sum of one (0 + amount keeps the amount's scale), never below zero.
    private static (string? Currency, decimal Amount) One(string? currency, decimal amount) => (currency, Math.Max(0, 0m + amount));

    // As a stable sort would order them, so equal values written differently (100 and 100.00) keep the clients' order:
    // the positions are sorted, in the buffer the canonical order left free, and only the values are kept.
    private static decimal[] LargestFirst(decimal[] values, int[] positions)
    {
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > 0)
                positions[count++] = i;
        }

        var positive = positions.AsSpan(0, count);
        positive.Sort((a, b) => values[b].CompareTo(values[a]) is var order and not 0 ? order : a.CompareTo(b));
        var largestFirst = new decimal[count];
        for (var k = 0; k < count; k++)
            largestFirst[k] = values[positive[k]];
        return largestFirst;
    }

    /// <summary>The clients with their values, each made as it is read.</summary>
    private sealed class ClientList(ValuedBook book) : IReadOnlyList<ValuedClient>
    {
        public int Count => book.values.Length;

        public ValuedClient this[int index] => new(book.clients[index], book.values[index]) { InMainCurrency = book.inMain[index] };

        public IEnumerator<ValuedClient> GetEnumerator()
        {
            for (var i = 0; i < book.values.Length; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

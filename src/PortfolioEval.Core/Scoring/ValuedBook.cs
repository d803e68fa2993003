using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <param name="Value">Deal value in the book's main currency; 0 when the client has none there, or a net negative one
/// (credit notes above sales): a negative weight would make shares and means meaningless.</param>
public sealed record ValuedClient(PseudonymisedClient Client, decimal Value)
{
    /// <summary>True when every amount of the client is in the main currency, or it has none (so its balance is read in it).</summary>
    public bool InMainCurrency { get; init; }
}

/// <summary>
/// The book as every rule reads it: clients in one canonical order (so sums, ties and floating-point rounding never
/// depend on the order of the rows) and valued in the main currency, the currency holding most of the value.
/// Other currencies are kept apart, never converted or added.
/// </summary>
public sealed class ValuedBook
{
    private ValuedBook(string? currency, IReadOnlyList<ValuedClient> clients, IReadOnlyList<CurrencyTotal> otherCurrencies)
    {
        Currency = currency;
        Clients = clients;
        OtherCurrencies = otherCurrencies;
        Total = clients.Sum(c => c.Value);
        PositiveValuesLargestFirst = LargestFirst(clients);
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

    /// <summary>A client's weight in value-weighted figures; when the book has no value at all, every client weighs 1.</summary>
    public decimal WeightOf(ValuedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Total > 0 ? client.Value : 1;
    }

    public static ValuedBook Of(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var ordered = ClientOrder.Canonical(clients);

        // Most clients have one amount in one currency: those are read in place; only the others get a list.
        var several = new List<CurrencyAmount>?[ordered.Count];
        var totals = new List<CurrencyTotal>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (SingleAmountOf(ordered[i]) is { } single)
                AddTo(totals, single.Currency, single.Amount);
            else
            {
                several[i] = SeveralAmountsOf(ordered[i]);
                foreach (var amount in several[i]!)
                    AddTo(totals, amount.Currency, amount.Amount);
            }
        }

        // A named currency first: amounts whose currency the book does not state are never the headline (issue 14),
        // however large. Then most value; ties go to the currency more clients use, then alphabetically.
        totals = [.. totals.OrderBy(t => CurrencyCodes.IsUnstated(t.Currency)).ThenByDescending(t => t.Amount).ThenByDescending(t => t.Clients)
            .ThenBy(t => t.Currency, StringComparer.Ordinal)];
        var main = totals.Count > 0 ? totals[0].Currency : null;

        var valued = new List<ValuedClient>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (several[i] is not { } amounts)
            {
                var single = SingleAmountOf(ordered[i])!.Value;
                var inMain = single.Currency == main;
                valued.Add(new ValuedClient(ordered[i], inMain ? 0m + single.Amount : 0m) { InMainCurrency = inMain });
            }
            else
            {
                valued.Add(new ValuedClient(ordered[i], amounts.Where(x => x.Currency == main).Sum(x => x.Amount))
                    { InMainCurrency = amounts.All(x => x.Currency == main) });
            }
        }

        return new ValuedBook(main, valued, totals.Skip(1).ToList());
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
    private static (string? Currency, decimal Amount)? SingleAmountOf(PseudonymisedClient client) => client.ValuesByCurrency.Count switch
    {
        1 => One(client.ValuesByCurrency[0].Currency, client.ValuesByCurrency[0].Amount),
        0 when client.Value is { } single => One(client.Currency, single),
        _ => null,
    };

    /// <summary>The client's positive totals per currency, when it has none or several amounts.</summary>
    private static List<CurrencyAmount> SeveralAmountsOf(PseudonymisedClient client) =>
        client.ValuesByCurrency
            .GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key, Math.Max(0, g.Sum(a => a.Amount))))
            .ToList();

    // As the grouping would give it: a sum of one (0 + amount keeps the amount's scale), never below zero.
    private static (string? Currency, decimal Amount) One(string? currency, decimal amount) => (currency, Math.Max(0, 0m + amount));

    // A stable sort, so equal values written differently (100 and 100.00) keep the clients' order.
    private static decimal[] LargestFirst(IReadOnlyList<ValuedClient> clients)
    {
        var positive = new List<(decimal Value, int Index)>(clients.Count);
        for (var i = 0; i < clients.Count; i++)
        {
            if (clients[i].Value > 0)
                positive.Add((clients[i].Value, i));
        }

        positive.Sort(static (a, b) => b.Value.CompareTo(a.Value) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        return [.. positive.Select(p => p.Value)];
    }
}

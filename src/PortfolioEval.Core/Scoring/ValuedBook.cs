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
    }

    /// <summary>ISO 4217 code of the main currency; null when the book does not say (that is a bucket of its own).</summary>
    public string? Currency { get; }

    public IReadOnlyList<ValuedClient> Clients { get; }

    public IReadOnlyList<CurrencyTotal> OtherCurrencies { get; }

    /// <summary>Total value in the main currency.</summary>
    public decimal Total { get; }

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
        var amounts = ordered.Select(c => (Client: c, Amounts: AmountsOf(c))).ToList();
        var totals = amounts
            .SelectMany(a => a.Amounts)
            .GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => new CurrencyTotal(g.Key, g.Sum(a => a.Amount), g.Count()))
            // Most value first; ties go to the currency more clients use, then to a named one, then alphabetically.
            .OrderByDescending(t => t.Amount).ThenByDescending(t => t.Clients)
            .ThenBy(t => t.Currency is null).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
        var main = totals.Count > 0 ? totals[0].Currency : null;
        var valued = amounts.Select(a => new ValuedClient(
                a.Client,
                a.Amounts.Where(x => x.Currency == main).Sum(x => x.Amount))
            { InMainCurrency = a.Amounts.All(x => x.Currency == main) })
            .ToList();
        return new ValuedBook(main, valued, totals.Skip(1).ToList());
    }

    /// <summary>The client's positive totals per currency, from its per-currency list or, failing that, its single value.</summary>
    private static List<CurrencyAmount> AmountsOf(PseudonymisedClient client)
    {
        // Most clients have one amount: no grouping needed.
        if (client.ValuesByCurrency.Count == 1)
            return [One(client.ValuesByCurrency[0].Currency, client.ValuesByCurrency[0].Amount)];
        if (client.ValuesByCurrency.Count == 0)
            return client.Value is { } single ? [One(client.Currency, single)] : [];

        IEnumerable<CurrencyAmount> raw = client.ValuesByCurrency.Count > 0 ? client.ValuesByCurrency
            : client.Value is { } value ? [new CurrencyAmount(client.Currency, value)]
            : [];
        return raw.GroupBy(a => a.Currency, StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key, Math.Max(0, g.Sum(a => a.Amount))))
            .ToList();
    }

    // As the grouping would give it: a sum of one (0 + amount keeps the amount's scale), never below zero.
    private static CurrencyAmount One(string? currency, decimal amount) => new(currency, Math.Max(0, 0m + amount));
}

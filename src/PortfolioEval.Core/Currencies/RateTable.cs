namespace PortfolioEval.Currencies;

/// <summary>
/// The rates known when a report is made: for each currency the latest rate published on or before the report's date.
/// A currency without such a rate cannot be converted, and its amounts stay apart. Pure: built from the rates table.
/// </summary>
public sealed class RateTable
{
    private readonly Dictionary<string, List<RateUsed>> byCurrency;

    public RateTable(IEnumerable<RateUsed> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        byCurrency = rates
            .GroupBy(r => r.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.On).ThenBy(r => r.UnitsPerUsd).ToList(), StringComparer.Ordinal);
    }

    /// <summary>No rates at all: nothing converts, every currency stays apart (as version 1 scored).</summary>
    public static RateTable None { get; } = new([]);

    /// <summary>The reference rates shipped with the portal (<see cref="ReferenceRates"/>).</summary>
    public static RateTable Reference { get; } = new(ReferenceRates.All.Select(r => r.AsUsed()));

    /// <summary>The latest rate on or before <paramref name="asOf"/>; the dollar is 1; null when none is known.</summary>
    public RateUsed? Find(string? currency, DateOnly asOf)
    {
        if (currency is null)
            return null;
        if (byCurrency.TryGetValue(currency, out var rates) && rates.FirstOrDefault(r => r.On <= asOf) is { } rate)
            return rate;
        // The pivot is worth one dollar, but only in a table that converts at all: with no rates, nothing converts.
        return currency == ExchangeRate.Usd && byCurrency.Count > 0 ? new RateUsed(ExchangeRate.Usd, 1, asOf, "US dollar") : null;
    }

    /// <summary>An amount in US dollars at the rate; only for comparing currencies, never shown unrounded.</summary>
    public static decimal InUsd(decimal amount, RateUsed rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return amount / rate.UnitsPerUsd;
    }

    /// <summary>An amount converted from one currency to another through the dollar, unrounded.</summary>
    public static decimal Convert(decimal amount, RateUsed from, RateUsed to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return from.Currency == to.Currency ? amount : amount / from.UnitsPerUsd * to.UnitsPerUsd;
    }
}

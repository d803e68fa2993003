namespace PortfolioEval.Currencies;

/// <summary>
/// How many units of a currency one US dollar bought on a day, and who said so. Rates are data the admin keeps, never
/// constants in code: scoring converts with the latest rate on or before the report's date and prints it beside every
/// converted figure. The dollar is the pivot because every central bank of the region publishes its rate against it.
/// </summary>
public class ExchangeRate
{
    public const int SourceMaxLength = 200;

    // For EF Core.
    private ExchangeRate() { }

    public ExchangeRate(Guid id, string currency, decimal unitsPerUsd, DateOnly on, string source)
    {
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            throw new ArgumentException("A currency is its ISO 4217 code: three capital letters.", nameof(currency));
        if (unitsPerUsd <= 0)
            throw new ArgumentOutOfRangeException(nameof(unitsPerUsd), unitsPerUsd, "A rate is a positive number of units per dollar.");
        if (currency == Usd && unitsPerUsd != 1)
            throw new ArgumentOutOfRangeException(nameof(unitsPerUsd), unitsPerUsd, "One dollar is one dollar.");
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (source.Trim().Length > SourceMaxLength)
            throw new ArgumentException("The source is too long.", nameof(source));
        Id = id;
        Currency = currency;
        UnitsPerUsd = unitsPerUsd;
        On = on;
        Source = source.Trim();
    }

    public const string Usd = "USD";

    public Guid Id { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>Units of <see cref="Currency"/> per US dollar (PEN 3.76 means 1 USD = 3.76 PEN).</summary>
    public decimal UnitsPerUsd { get; private set; }

    /// <summary>The day the rate was published for.</summary>
    public DateOnly On { get; private set; }

    /// <summary>Who published it (a central bank, for the reference rates).</summary>
    public string Source { get; private set; } = "";

    public RateUsed AsUsed() => new(Currency, UnitsPerUsd, On, Source);
}

/// <summary>A rate as a report prints it: stored with the report, so the report says what it converted with.</summary>
public sealed record RateUsed(string Currency, decimal UnitsPerUsd, DateOnly On, string Source);

namespace PortfolioEval.Currencies;

/// <summary>
/// The rates the portal starts with: each central bank's published dollar rate for the last business day of 2024,
/// rounded, so a book in any of the region's main currencies converts from the first day. They age: the admin adds
/// current rates on the rates page, and a report always prints the rate and date it used. Seeded by the migration.
/// </summary>
public static class ReferenceRates
{
    public static readonly DateOnly On = new(2024, 12, 31);

    public static IReadOnlyList<ExchangeRate> All { get; } =
    [
        Rate("0b4c6f6e-0001-4a8e-9c1d-2f5a1e000001", "USD", 1m, "US dollar (the pivot currency)"),
        Rate("0b4c6f6e-0002-4a8e-9c1d-2f5a1e000002", "EUR", 0.9625m, "European Central Bank reference rate, 1 EUR = 1.0389 USD (rounded)"),
        Rate("0b4c6f6e-0003-4a8e-9c1d-2f5a1e000003", "PEN", 3.76m, "Banco Central de Reserva del Perú, interbank rate (rounded)"),
        Rate("0b4c6f6e-0004-4a8e-9c1d-2f5a1e000004", "MXN", 20.79m, "Banco de México, FIX rate (rounded)"),
        Rate("0b4c6f6e-0005-4a8e-9c1d-2f5a1e000005", "CLP", 996m, "Banco Central de Chile, dólar observado (rounded)"),
        Rate("0b4c6f6e-0006-4a8e-9c1d-2f5a1e000006", "COP", 4409m, "Banco de la República (Colombia), TRM (rounded)"),
        Rate("0b4c6f6e-0007-4a8e-9c1d-2f5a1e000007", "ARS", 1032.5m, "Banco Central de la República Argentina, Comunicación A 3500 (rounded)"),
        Rate("0b4c6f6e-0008-4a8e-9c1d-2f5a1e000008", "BRL", 6.19m, "Banco Central do Brasil, PTAX (rounded)"),
        Rate("0b4c6f6e-0009-4a8e-9c1d-2f5a1e000009", "BOB", 6.96m, "Banco Central de Bolivia, official selling rate"),
        Rate("0b4c6f6e-0010-4a8e-9c1d-2f5a1e000010", "UYU", 44m, "Banco Central del Uruguay (rounded)"),
    ];

    private static ExchangeRate Rate(string id, string currency, decimal unitsPerUsd, string source) =>
        new(Guid.Parse(id), currency, unitsPerUsd, On, source);
}

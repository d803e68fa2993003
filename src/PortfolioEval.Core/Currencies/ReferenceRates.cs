namespace PortfolioEval.Currencies;

/// <summary>
/// The rates the portal starts with: each central bank's published dollar rate for the last business day of 2024,
/// rounded, so a book in any of the region's main currencies converts from the first day. They age: the admin adds
/// current rates on the rates page, and a report always prints the rate and date it used. Seeded by the migration.
/// </summary>
/// <remarks>
/// Checked in December 2026 against what each bank published for that day (docs/SCORING.md, "Currencies", says how
/// each was found; <c>ReferenceRatesTests</c> pins them). Where a source was found the figure agreed, but for
/// the euro's last digit:
/// <list type="bullet">
/// <item><description>EUR: ECB euro foreign exchange reference rates, 31/12/2024, 1 EUR = 1.0389 USD: 1 / 1.0389 = 0.9626 per dollar (first entered as 0.9625, cut rather than rounded; corrected).</description></item>
/// <item><description>BRL: Banco Central do Brasil, PTAX selling rate, 31/12/2024: 6.1923.</description></item>
/// <item><description>BOB: Banco Central de Bolivia, official selling rate 6.96, unchanged since 02/11/2011 (buying 6.86).</description></item>
/// <item><description>ARS: the wholesale market did not trade on 31/12/2024; its last session of 2024, 30/12/2024,
/// closed at about 1,032 (BCRA wholesale series as compiled from BCRA data); the Com. A 3500 figure itself was not found.</description></item>
/// <item><description>MXN: the FIX of 31/12/2024 was not found; Banco de México's 48-hour interbank rate that day
/// opened at 20.6895 / 20.6990 and closed at 20.8829 (Banxico table CA18), which 20.79 lies within.</description></item>
/// <item><description>PEN: the BCRP's last quote of 2024 was S/ 3.761 (El Comercio, 26/12/2025, citing the BCRP): agrees.</description></item>
/// <item><description>COP: the TRM in force on 01/01/2025 (a holiday, so from 31/12/2024) was 4,409.15, as read from the
/// Superintendencia Financiera's TRM dataset (datos.gov.co 32sa-8pi3) by a third party: agrees.</description></item>
/// <item><description>CLP: the dólar observado for the day was not found; the last session of 2024 closed at about 992.6
/// (1,004 on 02/01/2025 after a rise of 11.4, Radio Agricultura), which 996 is plausible beside; unverified.</description></item>
/// <item><description>UYU: no published figure for the day was found; it stays as first entered, unverified.</description></item>
/// <item><description>Looked for again on 05/12/2026: the MXN FIX and the ARS Com. A 3500 figure of the day were still not
/// found. The seeded source texts are unchanged (changing them would change the seed data and need a migration).</description></item>
/// </list>
/// </remarks>
public static class ReferenceRates
{
    public static readonly DateOnly On = new(2024, 12, 31);

    public static IReadOnlyList<ExchangeRate> All { get; } =
    [
        Rate("0b4c6f6e-0001-4a8e-9c1d-2f5a1e000001", "USD", 1m, "US dollar (the pivot currency)"),
        Rate("0b4c6f6e-0002-4a8e-9c1d-2f5a1e000002", "EUR", 0.9626m, "European Central Bank reference rate, 1 EUR = 1.0389 USD (rounded)"),
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

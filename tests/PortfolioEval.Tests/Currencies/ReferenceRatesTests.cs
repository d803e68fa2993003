using PortfolioEval.Currencies;

namespace PortfolioEval.Tests.Currencies;

/// <summary>
/// The reference rates against the figures their banks published for the last business day of 2024, as cited in
/// docs/SCORING.md ("Currencies"): each within the rounding the rate was entered with. A currency for which no
/// published figure was found is pinned to the figure entered, so a change to it is a decision, not an accident.
/// </summary>
public class ReferenceRatesTests
{
    private static decimal UnitsPerUsd(string currency) => ReferenceRates.All.Single(r => r.Currency == currency).UnitsPerUsd;

    [Fact]
    public void Euro_IsTheEcbReferenceRateOf31December2024_Inverted()
    {
        // ECB: 1 EUR = 1.0389 USD on 31/12/2024; 1 / 1.0389 = 0.962556... per dollar, 0.9626 to four places.
        Assert.Equal(Math.Round(1m / 1.0389m, 4, MidpointRounding.AwayFromZero), UnitsPerUsd("EUR"));
    }

    [Fact]
    public void Real_IsTheBcbPtaxSellingRateOf31December2024_Rounded()
    {
        // Banco Central do Brasil, PTAX venda, 31/12/2024: 6.1923.
        Assert.Equal(Math.Round(6.1923m, 2), UnitsPerUsd("BRL"));
    }

    [Fact]
    public void Boliviano_IsTheOfficialSellingRate_UnchangedSince2011()
    {
        // Banco Central de Bolivia: 6.96 selling (6.86 buying) since 02/11/2011.
        Assert.Equal(6.96m, UnitsPerUsd("BOB"));
    }

    [Fact]
    public void ArgentinePeso_IsWithinHalfAPesoOfTheWholesaleCloseOf30December2024()
    {
        // No wholesale session on 31/12/2024; the last of the year, 30/12/2024, closed at about 1,032.
        Assert.InRange(UnitsPerUsd("ARS"), 1032m - 0.5m, 1032m + 0.5m);
    }

    [Fact]
    public void MexicanPeso_LiesWithinBanxicosInterbankRangeOf31December2024()
    {
        // Banco de México, 48-hour interbank rate, 31/12/2024: opening buy 20.6895, closing 20.8829 (the FIX itself
        // was not found).
        Assert.InRange(UnitsPerUsd("MXN"), 20.6895m, 20.8829m);
    }

    [Fact]
    public void Sol_IsTheBcrpsLastQuoteOf2024_Rounded()
    {
        // S/ 3.761, the last quote of 2024 per the BCRP (as El Comercio cited it on 26/12/2025).
        Assert.Equal(Math.Round(3.761m, 2), UnitsPerUsd("PEN"));
    }

    [Fact]
    public void ColombianPeso_IsTheTrmInForceFrom31December2024_Rounded()
    {
        // Superintendencia Financiera's TRM in force on 01/01/2025 (a holiday, so from 31/12/2024): 4,409.15.
        Assert.Equal(Math.Round(4409.15m, 0), UnitsPerUsd("COP"));
    }

    [Fact]
    public void ChileanPeso_IsNearTheLastCloseOf2024_ButTheObservedDollarIsNotVerified()
    {
        // The dólar observado of the day was not found; the last session of 2024 closed at about 992.6.
        Assert.Equal(996m, UnitsPerUsd("CLP"));
        Assert.InRange(UnitsPerUsd("CLP"), 992.6m * 0.99m, 992.6m * 1.01m);
    }

    [Fact]
    public void RatesWithoutAPublishedFigureFound_StayAsEntered()
    {
        Assert.Equal(44m, UnitsPerUsd("UYU"));
    }

    [Fact]
    public void EveryReferenceRate_IsDatedTheLastBusinessDayOf2024_AndNamesItsSource()
    {
        Assert.All(ReferenceRates.All, r =>
        {
            Assert.Equal(new DateOnly(2024, 12, 31), r.On);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }
}

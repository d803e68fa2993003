using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class CurrencyConversionTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static ScoreReport Score(IEnumerable<PseudonymisedClient> clients, RateTable rates) =>
        ScoringEngine.Score([.. clients], new BookFacts(0, 0), AsOf, new ScoringSettings(), WorkedExample.Sectors, rates);

    private static IEnumerable<PseudonymisedClient> FiveDollarClientsAndOnePesoClient() =>
    [
        .. Enumerable.Range(1, 5).Select(i => Client.Named($"usd{i}").ContactedOn(2026, 3, 10).Worth(10_000m, "USD").Build()),
        Client.Named("clp").ContactedOn(2026, 3, 10).Worth(60_000m, "CLP"),
    ];

    [Fact]
    public void FiveDollarClientsAndOnePesoClient_MainCurrencyIsUsd_AndThePesosAreConvertedNotDropped()
    {
        var report = Score(FiveDollarClientsAndOnePesoClient(), RateTable.Reference);

        // 60,000 CLP at 996 per dollar = 60.24 USD: the main currency is the dollar, and the pesos count at their worth.
        Assert.Equal("USD", report.DealValue.Currency);
        Assert.Equal(50_060.24m, report.DealValue.Total);
        Assert.Equal(6, report.DealValue.ClientsWithValue);
        Assert.Empty(report.DealValue.OtherCurrencies);
        var clp = Assert.Single(report.Currencies!.Converted);
        Assert.Equal(("CLP", 60_000m, 60.24m, 996m, new DateOnly(2024, 12, 31)), (clp.Currency, clp.Amount, clp.Converted, clp.Rate.UnitsPerUsd, clp.Rate.On));
        Assert.Contains("Chile", clp.Rate.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveDollarClientsAndOnePesoClient_WithoutRates_KeepTheCurrenciesApartAsVersion1Did()
    {
        var report = Score(FiveDollarClientsAndOnePesoClient(), RateTable.None);

        // Without rates nothing can be converted or compared: the raw largest total wins and the rest is listed apart.
        Assert.Equal("CLP", report.DealValue.Currency);
        Assert.Equal([new CurrencyTotal("USD", 50_000m, 5)], report.DealValue.OtherCurrencies);
        Assert.Equal(2, report.Currencies!.NotConverted.Count);
    }

    [Fact]
    public void CurrencyWithoutARate_IsListedApart_NeverSummed()
    {
        var report = Score(
        [
            Client.Named("a").ContactedOn(2026, 3, 1).Worth(1_000m, "PEN"),
            Client.Named("b").ContactedOn(2026, 3, 1).Worth(9_000_000m, "VES"),
            Client.Named("c").ContactedOn(2026, 3, 1).WorthEach(new CurrencyAmount("USD", 100m), new CurrencyAmount("VES", 5m)),
        ], RateTable.Reference);

        // PEN is the largest convertible total (1,000 PEN ≈ 266 USD > 100 USD); the bolívares have no rate.
        Assert.Equal("PEN", report.DealValue.Currency);
        Assert.Equal(1_376m, report.DealValue.Total);
        Assert.Empty(report.DealValue.OtherCurrencies);
        Assert.Equal([new CurrencyTotal("VES", 9_000_005m, 2)], report.Currencies!.NotConverted);
        // Client b is valued only in bolívares: it still counts as a client with a value written down.
        Assert.Equal(3, report.Quality.Completeness.Single(f => f.Field == PortfolioEval.Books.BookField.DealValue).Clients);
    }

    [Fact]
    public void RateTable_UsesTheLatestRateOnOrBeforeTheDay()
    {
        var rates = new RateTable(
        [
            new RateUsed("PEN", 3.70m, new DateOnly(2026, 1, 1), "a"),
            new RateUsed("PEN", 3.80m, new DateOnly(2026, 3, 1), "b"),
            new RateUsed("PEN", 3.90m, new DateOnly(2026, 4, 1), "c"),
        ]);

        Assert.Equal(3.80m, rates.Find("PEN", AsOf)!.UnitsPerUsd);
        Assert.Equal(3.70m, rates.Find("PEN", new DateOnly(2026, 2, 1))!.UnitsPerUsd);
        Assert.Null(rates.Find("PEN", new DateOnly(2025, 12, 31)));
        Assert.Equal(1m, rates.Find("USD", AsOf)!.UnitsPerUsd);
        Assert.Null(rates.Find(null, AsOf));
    }

    [Fact]
    public void ConvertedClient_BalanceIsConvertedWithItsValue()
    {
        var (clients, figures) = CurrencyConversion.Convert(
        [
            Client.Named("a").Worth(10_000m, "USD").Build(),
            Client.Named("b").Worth(3_760m, "PEN").Owing(376m, 40).Build(),
        ], RateTable.Reference, AsOf);

        Assert.Equal("USD", figures.MainCurrency);
        var converted = clients.Single(c => c.ClientPseudonym == "b");
        Assert.Equal((1_000m, "USD", 100m), (converted.Value!.Value, converted.Currency, converted.OutstandingBalance!.Value));
    }

    [Fact]
    public void ExchangeRate_NonsenseIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ExchangeRate(Guid.NewGuid(), "pen", 3.76m, AsOf, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Guid.NewGuid(), "PEN", 0m, AsOf, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Guid.NewGuid(), "USD", 2m, AsOf, "x"));
        Assert.Throws<ArgumentException>(() => new ExchangeRate(Guid.NewGuid(), "PEN", 3.76m, AsOf, " "));
    }
}

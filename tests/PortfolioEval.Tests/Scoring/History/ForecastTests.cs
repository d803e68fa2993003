using PortfolioEval.Scoring.History;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring.History;

[Trait(NoDatabase.Trait, NoDatabase.None)]
public class ForecastTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static IReadOnlyList<ModelClient> CdnowClients() =>
        [.. PurchaseLog.Summarise(Cdnow.Purchases(), Cdnow.CalibrationEnd)
            .Select(c => new ModelClient(c.Client, c.History.Frequency, c.History.Age - c.History.Recency, c.History.Recency, c.History.Frequency, c.History.MeanRepeatSpend))];

    [Fact]
    public void Forecast_CdnowWithItsHistories_IsFittedToTheBook()
    {
        var forecast = RevenueForecast.Of(CdnowClients());

        Assert.Equal(ParameterSource.FittedToBook, forecast.Model.PurchasesSource);
        Assert.Equal(ParameterSource.FittedToBook, forecast.Model.SpendSource);
        Assert.Equal(0.243, forecast.Model.Purchases.R, 0.003);
        Assert.Equal(946, forecast.Model.RepeatBuyers);
    }

    [Fact]
    public void Forecast_SimulatedFutures_AverageToTheExpectation()
    {
        var forecast = RevenueForecast.Of(CdnowClients());

        // The median of a sum over 2,357 clients sits near its mean; P10 and P90 on either side.
        Assert.InRange(forecast.P50, forecast.Expected * 0.95, forecast.Expected * 1.05);
        Assert.True(forecast.P10 < forecast.Expected && forecast.Expected < forecast.P90);
        Assert.Equal(forecast, RevenueForecast.Of(CdnowClients()) with { Clients = forecast.Clients });
    }

    [Fact]
    public void Forecast_FewerRepeatBuyersThanTheThreshold_UsesTheReferenceParameters()
    {
        var clients = CdnowClients().Where(c => c.Frequency > 0).Take(PurchaseModels.MinimumRepeatBuyers - 1).ToList();

        var forecast = RevenueForecast.Of(clients);

        Assert.Equal(ParameterSource.Reference, forecast.Model.PurchasesSource);
        Assert.Equal(ReferenceParameters.Purchases, forecast.Model.Purchases);
        Assert.Equal(ParameterSource.Reference, forecast.Model.SpendSource);
    }

    [Fact]
    public void Forecast_RecencyOnly_GivesAWiderRangeThanTheSameClientsWithHistories()
    {
        var last = AsOf.AddDays(-60);
        var withHistory = Enumerable.Range(0, 30).Select(i => ModelClient.WithHistory($"c{i:00}", 4, last.AddDays(-364), last, AsOf, 1_000)).ToList();
        var recencyOnly = Enumerable.Range(0, 30).Select(i => ModelClient.RecencyOnly($"c{i:00}", 4, last, AsOf, 1_000)).ToList();

        var known = RevenueForecast.Of(withHistory);
        var unknown = RevenueForecast.Of(recencyOnly);

        Assert.True((unknown.P90 - unknown.P10) / unknown.Expected > (known.P90 - known.P10) / known.Expected);
        Assert.True(unknown.AssumedSpans);
    }

    [Fact]
    public void Forecast_RecencyOnlyClientSilentForThreeYears_IsWorthLessThanARecentOne()
    {
        var recent = RevenueForecast.Of([ModelClient.RecencyOnly("a", 1, AsOf.AddDays(-10), AsOf, 1_000)]);
        var silent = RevenueForecast.Of([ModelClient.RecencyOnly("a", 1, AsOf.AddDays(-3 * 365), AsOf, 1_000)]);

        Assert.True(silent.Clients[0].ProbabilityAlive < recent.Clients[0].ProbabilityAlive * 0.6);
        Assert.True(silent.Expected < recent.Expected / 4);
    }

    [Fact]
    public void Forecast_LargeBookSimulatedOnASample_KeepsTheSpreadOfASumOfIndependentClients()
    {
        // CDNOW's clients with histories, repeated: twice as many clients, the range √2 narrower against the mean.
        var cdnow = CdnowClients();
        IReadOnlyList<ModelClient> Copies(int times) =>
            [.. Enumerable.Range(0, times).SelectMany(t => cdnow.Select(c => c with { Client = $"{t:00}-{c.Client}" }))];

        var simulatedInFull = RevenueForecast.Of(Copies(4));  // 9,428 clients, all simulated
        var sampled = RevenueForecast.Of(Copies(8));          // 18,856 clients, 10,000 simulated

        Assert.Equal(9_428, simulatedInFull.Simulated);
        Assert.Equal(RevenueForecast.MaxSimulated, sampled.Simulated);
        var fullWidth = (simulatedInFull.P90 - simulatedInFull.P10) / simulatedInFull.Expected;
        var sampledWidth = (sampled.P90 - sampled.P10) / sampled.Expected;
        Assert.InRange(sampledWidth, fullWidth / Math.Sqrt(2) * 0.7, fullWidth / Math.Sqrt(2) * 1.3);
        Assert.Equal(2 * simulatedInFull.Expected, sampled.Expected, 1e-6 * sampled.Expected);
    }
}

namespace PortfolioEval.Scoring.History;

/// <param name="ProbabilityAlive">P(alive) at the as-of date, under the central assumption for recency-only clients.</param>
/// <param name="ExpectedPurchases">Expected purchases over the horizon.</param>
/// <param name="ExpectedSpend">Expected spend per purchase (Gamma-Gamma).</param>
/// <param name="ExpectedRevenue">ExpectedPurchases × ExpectedSpend.</param>
public sealed record ClientForecast(string Client, double ProbabilityAlive, double ExpectedPurchases, double ExpectedSpend, double ExpectedRevenue);

/// <param name="Expected">Σ of the clients' expected revenue.</param>
/// <param name="P10">10th percentile of the simulated totals; P90 the 90th.</param>
/// <param name="Runs">Simulated futures of the whole book.</param>
public sealed record BookForecast(PurchaseModel Model, IReadOnlyList<ClientForecast> Clients, double HorizonWeeks, double Expected, double P10, double P50, double P90, int Runs, int Seed, bool AssumedSpans);

/// <summary>
/// The next months' revenue of a book under its purchase model: the expectation per client in closed form, and a
/// range from simulating the book's future many times, each client drawn from its own posterior (alive or not; its
/// purchase rate and dropout given its history; its spend per purchase given its mean). Recency-only clients also
/// draw, once per simulated future, the unknown span of their history, so their range is wider.
/// </summary>
public static class RevenueForecast
{
    /// <summary>12 months in weeks.</summary>
    public const double YearWeeks = 365.25 / 7;

    /// <summary>The fixed seed: the same book gives the same range on every machine and every run.</summary>
    public const int Seed = 20_050_101;

    /// <summary>Span from first to last purchase assumed for recency-only clients: central value, and the range drawn.</summary>
    public const double CentralSpanWeeks = 52, MinSpanWeeks = 13, MaxSpanWeeks = 156;

    /// <summary>
    /// Simulated futures: 2,000 up to 2,500 clients, fewer for larger books (at least 100) so a book costs about 5M
    /// client draws; a sum over many clients varies less, so fewer futures pin its percentiles as well.
    /// </summary>
    public static int RunsFor(int clients) => Math.Clamp(5_000_000 / Math.Max(1, clients), 100, 2_000);

    public static BookForecast Of(IReadOnlyList<ModelClient> clients, double horizonWeeks = YearWeeks)
    {
        ArgumentNullException.ThrowIfNull(clients);
        // Ordered by what the model reads, the key last: the same book gives the same figures under any pseudonyms
        // and in any row order (clients equal in everything but the key are interchangeable).
        var ordered = clients.OrderBy(c => c.Frequency).ThenBy(c => c.WeeksSinceLast).ThenBy(c => c.KnownRecency ?? -1)
            .ThenBy(c => c.SpendPurchases).ThenBy(c => c.MeanSpend).ThenBy(c => c.Client, StringComparer.Ordinal).ToList();
        var model = PurchaseModels.For(ordered);
        var forecasts = ordered.Select(c => Expect(model, c, horizonWeeks)).ToList();

        var runs = RunsFor(ordered.Count);
        var spanRandom = new Random(Seed);
        var spans = Enumerable.Range(0, runs).Select(_ => MinSpanWeeks + (MaxSpanWeeks - MinSpanWeeks) * spanRandom.NextDouble()).ToArray();
        var totals = new double[runs];
        for (var i = 0; i < ordered.Count; i++)
        {
            var random = new Random(Sampling.SeedOf(i, Seed));
            for (var run = 0; run < runs; run++)
                totals[run] += Simulate(model, ordered[i], spans[run], horizonWeeks, random);
        }

        Array.Sort(totals);
        return new BookForecast(model, forecasts, horizonWeeks, forecasts.Sum(f => f.ExpectedRevenue),
            Percentile(totals, 0.1), Percentile(totals, 0.5), Percentile(totals, 0.9), runs, Seed, ordered.Any(c => !c.HasHistory));
    }

    private static ClientForecast Expect(PurchaseModel model, ModelClient client, double horizon)
    {
        var history = client.HistoryAssuming(CentralSpanWeeks);
        var purchases = BgNbd.ExpectedPurchases(model.Purchases, history, horizon);
        var spend = client.MeanSpend > 0 ? GammaGamma.ExpectedSpend(model.Spend, client.SpendPurchases, client.MeanSpend) : 0;
        return new ClientForecast(client.Client, BgNbd.ProbabilityAlive(model.Purchases, history), purchases, spend, purchases * spend);
    }

    /// <summary>One simulated future of one client: its revenue over the horizon.</summary>
    private static double Simulate(PurchaseModel model, ModelClient client, double span, double horizon, Random random)
    {
        var h = client.HistoryAssuming(span);
        var p = model.Purchases;
        if (client.MeanSpend <= 0 || random.NextDouble() >= BgNbd.ProbabilityAlive(p, h))
            return 0;
        var rate = Sampling.Gamma(random, p.R + h.Frequency, p.Alpha + h.Age);
        var dropout = Sampling.Beta(random, p.A, p.B + h.Frequency);
        var purchases = 0;
        for (var t = 0.0; purchases < 10_000;)
        {
            t += -Math.Log(1 - random.NextDouble()) / rate;
            if (t > horizon)
                break;
            purchases++;
            if (random.NextDouble() < dropout)
                break;
        }

        if (purchases == 0)
            return 0;
        var g = model.Spend;
        var nu = Sampling.Gamma(random, g.P * client.SpendPurchases + g.Q, g.Gamma + client.SpendPurchases * client.MeanSpend);
        return Sampling.Gamma(random, g.P * purchases, nu);
    }

    // Linear interpolation between the order statistics around q·(n − 1).
    private static double Percentile(double[] sorted, double q)
    {
        var at = q * (sorted.Length - 1);
        var below = (int)Math.Floor(at);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }
}

namespace PortfolioEval.Scoring.History;

/// <param name="ProbabilityAlive">P(alive) at the as-of date (for a recency-only client, its mean over the assumed spans).</param>
/// <param name="ExpectedPurchases">Expected purchases over the horizon.</param>
/// <param name="ExpectedSpend">Expected spend per purchase (Gamma-Gamma).</param>
/// <param name="ExpectedRevenue">Expected purchases × expected spend.</param>
public sealed record ClientForecast(string Client, double ProbabilityAlive, double ExpectedPurchases, double ExpectedSpend, double ExpectedRevenue);

/// <param name="Expected">Σ of the clients' expected revenue.</param>
/// <param name="P10">10th percentile of the simulated totals; P90 the 90th.</param>
/// <param name="Runs">Simulated futures of the whole book.</param>
/// <param name="Simulated">Clients simulated: all of them, or an even sample of a large book.</param>
public sealed record BookForecast(PurchaseModel Model, IReadOnlyList<ClientForecast> Clients, double HorizonWeeks, double Expected, double P10, double P50, double P90, int Runs, int Simulated, int Seed, bool AssumedSpans);

/// <summary>
/// The next months' revenue of a book under its purchase model: the expectation per client in closed form, and a
/// range from simulating the book's future many times (<see cref="ClientFuture.Simulate"/>). Recency-only clients
/// also draw, once per simulated future, the unknown span of their history, so their range is wider; their expected
/// figures are the mean over the same spans, so the expectation and the simulation describe one distribution.
/// </summary>
public static class RevenueForecast
{
    /// <summary>12 months in weeks.</summary>
    public const double YearWeeks = 365.25 / 7;

    /// <summary>The fixed seed: the same book gives the same range on every machine and every run.</summary>
    public const int Seed = 20_050_101;

    /// <summary>Spans from first to last purchase assumed for recency-only clients: the midpoints of eight equal steps from 13 to 156 weeks.</summary>
    public static IReadOnlyList<double> Spans { get; } = [.. Enumerable.Range(0, 8).Select(i => 13 + (156 - 13) * (i + 0.5) / 8)];

    /// <summary>At most this many clients are simulated; a larger book is simulated on an even sample of them.</summary>
    public const int MaxSimulated = 10_000;

    /// <summary>Simulated futures: about half a million client draws (about half a second), between 100 and 2,000 futures.</summary>
    public static int RunsFor(int simulated) => Math.Clamp(500_000 / Math.Max(1, simulated), 100, 2_000);

    public static BookForecast Of(IReadOnlyList<ModelClient> clients, double horizonWeeks = YearWeeks)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var forecasts = new List<ClientForecast>(clients.Count);
        var forecast = Of(clients, horizonWeeks, null, null, forecasts);
        return forecast with { Clients = forecasts };
    }

    /// <summary>
    /// The forecast, each client's P(alive) and expected revenue written at its position in <paramref name="alive"/>
    /// and <paramref name="revenue"/> when given, and a <see cref="ClientForecast"/> a client added to
    /// <paramref name="forecasts"/> (in the forecast's order) only when asked: a million-client book needs two arrays,
    /// not a million records. <see cref="BookForecast.Clients"/> is then empty.
    /// </summary>
    internal static BookForecast Of(IReadOnlyList<ModelClient> clients, double horizonWeeks, double[]? alive, double[]? revenue, List<ClientForecast>? forecasts = null)
    {
        // Ordered by what the model reads, the key last: the same book gives the same figures under any pseudonyms
        // and in any row order (clients equal in everything but the key are interchangeable).
        var order = Ordered(clients);
        var ordered = new Reordered(clients, order);
        var model = PurchaseModels.For(ordered);

        // Every client's expectation under each span; the sampled ones keep theirs for the simulation. P(alive) and
        // the purchases depend only on frequency and dates, which many clients of a large book share: worked out once.
        var byDates = new Dictionary<(int, double, double), (double Alive, double Purchases)[]>();
        var simulated = Math.Min(order.Length, MaxSimulated);
        var spanTotals = new double[Spans.Count];
        double expected = 0;
        // One buffer for every client's revenue under each span: only the sampled clients keep a copy.
        var revenues = new double[Spans.Count];
        var sample = new List<Sampled>(simulated);
        for (var i = 0; i < order.Length; i++)
        {
            var client = ordered[i];
            var key = (client.Frequency, client.WeeksSinceLast, client.KnownRecency ?? -1);
            if (!byDates.TryGetValue(key, out var bySpan))
            {
                byDates[key] = bySpan = client.HasHistory
                    ? Enumerable.Repeat(ClientFuture.Expect(model, client, 0, horizonWeeks), Spans.Count).ToArray()
                    : [.. Spans.Select(span => ClientFuture.Expect(model, client, span, horizonWeeks))];
            }

            var spend = ClientFuture.Spend(model, client);
            for (var s = 0; s < Spans.Count; s++)
                spanTotals[s] += revenues[s] = bySpan[s].Purchases * spend;
            var (probability, clientRevenue) = (bySpan.Average(e => e.Alive), revenues.Average());
            expected += clientRevenue;
            forecasts?.Add(new ClientForecast(client.Client, probability, bySpan.Average(e => e.Purchases), spend, clientRevenue));
            if (alive is not null)
                alive[order[i]] = probability;
            if (revenue is not null)
                revenue[order[i]] = clientRevenue;
            if ((long)sample.Count * order.Length <= (long)i * simulated)
                sample.Add(new Sampled(client, [.. revenues], bySpan));
        }

        var totals = Simulate(model, sample, spanTotals, order.Length, horizonWeeks);
        return new BookForecast(model, [], horizonWeeks, expected,
            Percentile(totals, 0.1), Percentile(totals, 0.5), Percentile(totals, 0.9), totals.Length, sample.Count, Seed, clients.Any(c => !c.HasHistory));
    }

    /// <summary>
    /// The book's total in each simulated future: the sum of expectations under that future's span, plus the clients'
    /// departures from their expectation. When only a sample is simulated, the departures (independent from client to
    /// client) are scaled by √(clients / sample), which keeps the variance of the total.
    /// </summary>
    /// <summary>
    /// The positions of the clients by frequency, weeks since the last purchase, known recency (none as -1), purchases,
    /// mean spend and key, equal clients as given: the order a chain of stable OrderBy/ThenBy gives, sorted as one array
    /// of positions so a large book makes no key arrays and no copy of its clients.
    /// </summary>
    private static int[] Ordered(IReadOnlyList<ModelClient> clients)
    {
        var order = new int[clients.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (clients[x], clients[y]);
            return a.Frequency.CompareTo(b.Frequency) is var frequency and not 0 ? frequency
                : a.WeeksSinceLast.CompareTo(b.WeeksSinceLast) is var weeks and not 0 ? weeks
                : (a.KnownRecency ?? -1).CompareTo(b.KnownRecency ?? -1) is var recency and not 0 ? recency
                : a.SpendPurchases.CompareTo(b.SpendPurchases) is var purchases and not 0 ? purchases
                : a.MeanSpend.CompareTo(b.MeanSpend) is var spend and not 0 ? spend
                : string.CompareOrdinal(a.Client, b.Client) is var key and not 0 ? key
                : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>The clients in the forecast's order, read where they are.</summary>
    private sealed class Reordered(IReadOnlyList<ModelClient> clients, int[] order) : IReadOnlyList<ModelClient>
    {
        public int Count => order.Length;

        public ModelClient this[int index] => clients[order[index]];

        public IEnumerator<ModelClient> GetEnumerator()
        {
            for (var i = 0; i < order.Length; i++)
                yield return clients[order[i]];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <param name="Expected">The client's expected revenue under each span.</param>
    /// <param name="BySpan">Its P(alive) and expected purchases under each span, as the expectation worked them out.</param>
    private sealed record Sampled(ModelClient Client, double[] Expected, (double Alive, double Purchases)[] BySpan);

    private static double[] Simulate(PurchaseModel model, List<Sampled> sample, double[] spanTotals, int clients, double horizon)
    {
        var runs = RunsFor(sample.Count);
        var spanRandom = new Random(Seed);
        var spanOf = Enumerable.Range(0, runs).Select(_ => spanRandom.Next(Spans.Count)).ToArray();
        var departures = new double[runs];
        for (var k = 0; k < sample.Count; k++)
        {
            var (client, expected, bySpan) = sample[k];
            // Its history under each span made once, not once a future.
            var histories = new ClientHistory[Spans.Count];
            for (var s = 0; s < histories.Length; s++)
                histories[s] = client.HistoryAssuming(Spans[s]);
            var random = new Random(Sampling.SeedOf(k, Seed));
            for (var run = 0; run < runs; run++)
            {
                var span = spanOf[run];
                departures[run] += ClientFuture.Simulate(model, client, histories[span], bySpan[span].Alive, horizon, random) - expected[span];
            }
        }

        var scale = sample.Count > 0 ? Math.Sqrt((double)clients / sample.Count) : 0;
        var totals = Enumerable.Range(0, runs).Select(run => Math.Max(0, spanTotals[spanOf[run]] + scale * departures[run])).ToArray();
        Array.Sort(totals);
        return totals;
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

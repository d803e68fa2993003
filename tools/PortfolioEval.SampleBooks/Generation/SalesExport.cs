using System.Globalization;

namespace PortfolioEval.SampleBooks.Generation;

/// <summary>
/// A transactional export: one row per sale, in date order over the two years before the as-of date, for a fixed
/// number of clients. Client i makes its first purchase at the i-th share of the period (clients are won over time,
/// and every one appears); later sales go mostly to the longest-standing clients, the way key accounts buy most often.
/// Nothing is held in memory but the running counters.
/// </summary>
public static class SalesExport
{
    private const int PeriodDays = 730;

    public static IEnumerable<FakeSale> Create(ClientFactory clients, int seed, long rows, long clientCount, DateOnly asOf, Language language)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, clientCount);
        var random = new Random(ClientFactory.Mix(seed, -1));
        var start = asOf.AddDays(1 - PeriodDays);
        long introduced = 0;
        for (long j = 0; j < rows; j++)
        {
            long index;
            if (introduced < clientCount && j >= introduced * rows / clientCount)
                index = introduced++;
            else
                index = (long)(introduced * Math.Pow(random.NextDouble(), 2.5));

            var client = clients.Create(index);
            // A sale is a slice of the client's yearly value, give or take.
            var total = decimal.Round(Math.Max(client.DealValue / 6 * (decimal)(0.4 + 1.2 * random.NextDouble()), 50m), 2);
            yield return new FakeSale(
                client,
                start.AddDays((int)(j * PeriodDays / rows)),
                "F001-" + (j + 1).ToString("D8", CultureInfo.InvariantCulture),
                ClientFactory.Pick(random, client.Sector.Products).In(language),
                random.Next(1, 51),
                total,
                ClientFactory.Pick(random, Words.ContactTypes).In(language));
        }
    }
}

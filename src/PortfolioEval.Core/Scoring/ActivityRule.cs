using PortfolioEval.Currencies;

namespace PortfolioEval.Scoring;

/// <summary>How many clients stand at each point 1-5 of a fixed scale.</summary>
public sealed record ScalePoint(int Point, int Clients, decimal Value);

/// <param name="ActiveClients">Clients contacted in the last 12 months.</param>
/// <param name="RecurringRevenue">Revenue in the last 12 months, in the main currency (<see cref="RevenueWindows"/>):
/// each dated sale at its date, and the yearly value of a client the book gives one date for at that date.</param>
/// <param name="PriorYearRevenue">Revenue in the 12 months before them, counted the same way (for a client with one
/// date: the business of the year before that has not been renewed since).</param>
/// <param name="Retention">Revenue kept: Σ kept / Σ base over the clients (see <see cref="ClientRevenue"/>), 0-1; null
/// when there is no base. A client with dated sales keeps min(last 12 months, the 12 before) of the 12 before; one
/// with one date keeps its whole value when active, none when last seen the year before.</param>
/// <param name="Recency">Clients per point of the recency scale (5: contacted within 30 days … 1: over a year or never).</param>
/// <param name="Frequency">Clients per point of the purchase-count scale (5: 12 or more purchases … 1: one).</param>
/// <param name="Monetary">Clients per point of the value scale in dollars; empty when the main currency has no rate.</param>
public sealed record ActivityFigures(
    int ActiveClients,
    decimal RecurringRevenue,
    decimal PriorYearRevenue,
    double? Retention,
    IReadOnlyList<ScalePoint> Recency,
    IReadOnlyList<ScalePoint> Frequency,
    IReadOnlyList<ScalePoint> Monetary)
{
    /// <summary>
    /// Clients whose revenue was counted at the dates of their sales (<see cref="Books.DatedSales"/>); 0 when the book
    /// gives one date per client, and in reports made before version 3, which placed every client's value at its last
    /// contact.
    /// </summary>
    public int ClientsBySaleDate { get; init; }
}

/// <summary>
/// The book's figures in time windows and each client's recency, frequency and monetary value on fixed scales (never
/// quintiles: on a book of ten clients a quintile is two clients, whatever they are worth). Revenue is counted in
/// calendar windows by <see cref="RevenueWindows"/>: dated sales at their dates, and a client the book gives one date
/// for at its last contact. Scales and reasons: docs/SCORING.md.
/// </summary>
public static class ActivityRule
{
    /// <summary>Upper day limits of recency points 5, 4, 3, 2 (the freshness bands); beyond or no date: 1.</summary>
    public static readonly IReadOnlyList<int> RecencyDays = [30, 90, 180, 365];

    /// <summary>Least purchases for points 5, 4, 3, 2: monthly (12), every two months (6), quarterly (4), repeat (2).</summary>
    public static readonly IReadOnlyList<int> FrequencyPurchases = [12, 6, 4, 2];

    /// <summary>
    /// Least yearly value in US dollars for points 5, 4, 3, 2, on the 1-2-5 steps deal values span. The yearly value is
    /// every client's revenue of the last 12 months when the book's sales are dated, else its deal value (version 3
    /// read so only the clients with dated sales).
    /// </summary>
    public static readonly IReadOnlyList<decimal> MonetaryUsd = [100_000m, 20_000m, 5_000m, 1_000m];

    /// <param name="rates">The rates the book was converted at, for dated sales in other currencies (none: only sales
    /// in the main currency count).</param>
    /// <remarks>A client contacted within the last 12 months (the same window) is active: a yearly account review is
    /// the slowest usual rhythm.</remarks>
    public static ActivityFigures Figures(ValuedBook book, DateOnly asOf, RateUsed? mainRate, RateTable? rates = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var windows = new RevenueWindows(asOf, book.Currency, rates ?? RateTable.None);
        int active = 0, bySaleDate = 0;
        decimal recurring = 0, prior = 0, kept = 0, keptOf = 0;
        var datedBook = RevenueWindows.BySaleDate(book);
        var recency = new (int Clients, decimal Value)[6];
        var frequency = new (int Clients, decimal Value)[6];
        var monetary = new (int Clients, decimal Value)[6];
        foreach (var client in book.Clients)
        {
            var contact = client.Client.LastContact;
            var days = contact is { } c ? ScoreMath.DaysSince(c, asOf) : (int?)null;
            active += contact is { } last && windows.Of(last) == RevenueWindow.LastYear ? 1 : 0;
            var revenue = windows.Of(client);
            (recurring, prior, kept, keptOf) = (recurring + revenue.LastYear, prior + revenue.PriorYear, kept + revenue.Kept, keptOf + revenue.Base);
            bySaleDate += client.Client.DatedSales is null ? 0 : 1;
            Add(recency, RecencyPoint(days), client.Value);
            Add(frequency, FrequencyPoint(client.Client.PurchaseCount), client.Value);
            if (mainRate is not null)
            {
                var yearly = datedBook ? revenue.LastYear : client.Value;
                Add(monetary, MonetaryPoint(RateTable.InUsd(yearly, mainRate)), client.Value);
            }
        }

        double? retention = keptOf > 0 ? ScoreMath.Share(kept, keptOf) : null;
        return new ActivityFigures(active, recurring, prior, retention, Points(recency), Points(frequency),
            mainRate is null ? [] : Points(monetary)) { ClientsBySaleDate = bySaleDate };
    }

    // Counted in loops: these run three times a client, and a counting lambda would allocate its closure each time.
    public static int RecencyPoint(int? days)
    {
        if (days is not { } d)
            return 1;
        var point = 5;
        for (var i = 0; i < RecencyDays.Count; i++)
            point -= d > RecencyDays[i] ? 1 : 0;
        return point;
    }

    public static int FrequencyPoint(int purchases)
    {
        var point = 1;
        for (var i = 0; i < FrequencyPurchases.Count; i++)
            point += purchases >= FrequencyPurchases[i] ? 1 : 0;
        return point;
    }

    public static int MonetaryPoint(decimal usd)
    {
        var point = 1;
        for (var i = 0; i < MonetaryUsd.Count; i++)
            point += usd >= MonetaryUsd[i] ? 1 : 0;
        return point;
    }

    private static void Add((int Clients, decimal Value)[] points, int point, decimal value) =>
        points[point] = (points[point].Clients + 1, points[point].Value + value);

    private static List<ScalePoint> Points((int Clients, decimal Value)[] points) =>
        [.. Enumerable.Range(1, 5).Reverse().Select(p => new ScalePoint(p, points[p].Clients, points[p].Value))];
}

using PortfolioEval.Currencies;

namespace PortfolioEval.Scoring;

/// <summary>How many clients stand at each point 1-5 of a fixed scale.</summary>
public sealed record ScalePoint(int Point, int Clients, decimal Value);

/// <param name="ActiveClients">Clients contacted in the last 12 months.</param>
/// <param name="RecurringRevenue">The value of the active clients, in the main currency: what the book brings in a year
/// while its clients stay (a client's deal value is read as its yearly business).</param>
/// <param name="PriorYearRevenue">The value of the clients whose last contact was 12 to 24 months ago: the business of
/// the year before that has not been renewed since.</param>
/// <param name="Retention">RecurringRevenue / (RecurringRevenue + PriorYearRevenue), 0-1; null when both are 0.</param>
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
    IReadOnlyList<ScalePoint> Monetary);

/// <summary>
/// The book's figures in time windows and each client's recency, frequency and monetary value on fixed scales (never
/// quintiles: on a book of ten clients a quintile is two clients, whatever they are worth). The book keeps one
/// last-contact date per client, so the windows place each client's yearly value by that date: active in the last 12
/// months, or last seen in the 12 months before (business not renewed). Scales and reasons: docs/SCORING.md.
/// </summary>
public static class ActivityRule
{
    /// <summary>A client contacted within a year is active: a yearly account review is the slowest usual rhythm.</summary>
    public const int ActiveWithinDays = 365;

    /// <summary>The window before it: clients last seen 366-730 days ago.</summary>
    public const int PriorWindowDays = 730;

    /// <summary>Upper day limits of recency points 5, 4, 3, 2 (the freshness bands); beyond or no date: 1.</summary>
    public static readonly IReadOnlyList<int> RecencyDays = [30, 90, 180, 365];

    /// <summary>Least purchases for points 5, 4, 3, 2: monthly (12), every two months (6), quarterly (4), repeat (2).</summary>
    public static readonly IReadOnlyList<int> FrequencyPurchases = [12, 6, 4, 2];

    /// <summary>Least yearly value in US dollars for points 5, 4, 3, 2, on the 1-2-5 steps deal values span.</summary>
    public static readonly IReadOnlyList<decimal> MonetaryUsd = [100_000m, 20_000m, 5_000m, 1_000m];

    public static ActivityFigures Figures(ValuedBook book, DateOnly asOf, RateUsed? mainRate)
    {
        ArgumentNullException.ThrowIfNull(book);
        var active = 0;
        decimal recurring = 0, prior = 0;
        var recency = new (int Clients, decimal Value)[6];
        var frequency = new (int Clients, decimal Value)[6];
        var monetary = new (int Clients, decimal Value)[6];
        foreach (var client in book.Clients)
        {
            var days = client.Client.LastContact is { } contact ? ScoreMath.DaysSince(contact, asOf) : (int?)null;
            if (days <= ActiveWithinDays)
                (active, recurring) = (active + 1, recurring + client.Value);
            else if (days <= PriorWindowDays)
                prior += client.Value;
            Add(recency, RecencyPoint(days), client.Value);
            Add(frequency, FrequencyPoint(client.Client.PurchaseCount), client.Value);
            if (mainRate is not null)
                Add(monetary, MonetaryPoint(RateTable.InUsd(client.Value, mainRate)), client.Value);
        }

        double? retention = recurring + prior > 0 ? ScoreMath.Share(recurring, recurring + prior) : null;
        return new ActivityFigures(active, recurring, prior, retention, Points(recency), Points(frequency),
            mainRate is null ? [] : Points(monetary));
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

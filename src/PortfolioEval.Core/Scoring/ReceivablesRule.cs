namespace PortfolioEval.Scoring;

/// <summary>
/// Receivables health when the book has balances or days overdue: aging buckets by the client's days overdue (its
/// worst invoice), the outstanding balance, and the share of the book's value held by clients with anything overdue.
/// A balance has no currency column of its own, so it is read in the client's currency; clients valued in another
/// currency than the main one are left out rather than added to it.
/// </summary>
public static class ReceivablesRule
{
    public static ReceivablesHealth? Score(ValuedBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (!book.Clients.Any(c => c.Client.OutstandingBalance is not null || c.Client.DaysOverdue is not null))
            return null;

        var clients = book.Clients
            .Where(c => c.InMainCurrency && (c.Client.OutstandingBalance is not null || c.Client.DaysOverdue is not null))
            .ToList();
        var aging = Enum.GetValues<AgingBucket>()
            .Select(bucket => (Bucket: bucket, Clients: clients.Where(c => BucketOf(c.Client.DaysOverdue) == bucket).ToList()))
            .Select(b => new AgingFigures(b.Bucket, b.Clients.Count, b.Clients.Sum(c => c.Client.OutstandingBalance ?? 0)))
            .ToList();
        var overdueValue = clients.Where(c => c.Client.DaysOverdue > 0).Sum(c => c.Value);
        return new ReceivablesHealth(aging, clients.Sum(c => c.Client.OutstandingBalance ?? 0), ScoreMath.Share(overdueValue, book.Total));
    }

    /// <summary>No days overdue, or none yet, is current.</summary>
    public static AgingBucket BucketOf(int? daysOverdue) => daysOverdue switch
    {
        null or <= 0 => AgingBucket.Current,
        <= 30 => AgingBucket.Days1To30,
        <= 60 => AgingBucket.Days31To60,
        <= 90 => AgingBucket.Days61To90,
        _ => AgingBucket.Over90,
    };
}

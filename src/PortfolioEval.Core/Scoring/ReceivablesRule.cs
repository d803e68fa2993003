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

        // One pass, each sum in the clients' order: no list of the clients with a balance.
        var buckets = Enum.GetValues<AgingBucket>();
        var perBucket = new (int Clients, decimal Outstanding)[buckets.Length];
        decimal outstanding = 0, overdueValue = 0;
        foreach (var c in book.Clients)
        {
            if (!c.InMainCurrency || (c.Client.OutstandingBalance is null && c.Client.DaysOverdue is null))
                continue;
            var at = Array.IndexOf(buckets, BucketOf(c.Client.DaysOverdue));
            perBucket[at] = (perBucket[at].Clients + 1, perBucket[at].Outstanding + (c.Client.OutstandingBalance ?? 0));
            outstanding += c.Client.OutstandingBalance ?? 0;
            if (c.Client.DaysOverdue > 0)
                overdueValue += c.Value;
        }

        var aging = buckets.Select((bucket, at) => new AgingFigures(bucket, perBucket[at].Clients, perBucket[at].Outstanding)).ToList();
        return new ReceivablesHealth(aging, outstanding, ScoreMath.Share(overdueValue, book.Total));
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

namespace PortfolioEval.Books;

/// <summary>
/// Checks, while the import reads every row, that the date orders and decimal marks it reads with are the ones the
/// whole columns settle. The inspection settles them from the first <see cref="BookInspector.ProfiledRows"/> rows; a
/// column whose later values decide otherwise (only 04/06 at first, then 25/03 further down) makes the import read the
/// book again with the whole column's verdict, so a sampled inspection never changes what is imported.
/// </summary>
/// <remarks>
/// The votes come from the <see cref="RowInterpreter"/>'s own parse of each date and amount (their
/// <see cref="DateResult.Evidence"/> and <see cref="AmountResult.Evidence"/>), not from a second reading of the cell,
/// and count as <see cref="ColumnProfile"/> counts them, so a whole column settles here as a full inspection settles it.
/// </remarks>
internal sealed class ColumnSettling
{
    // The fields read with their column's order (dates) or mark (amounts and counts): RowInterpreter, SalesLine.
    private static readonly HashSet<BookField> Dates = [BookField.LastContactDate, BookField.LastUpdateDate];

    private static readonly HashSet<BookField> Amounts =
    [
        BookField.DealValue, BookField.OutstandingBalance, BookField.Quantity, BookField.UnitPrice, BookField.Discount,
        BookField.DaysOverdue, BookField.PurchaseCount,
    ];

    // By column index: a date column's votes, an amount column's point and comma votes.
    private readonly Dictionary<int, DateOrderVote> dateVotes;
    private readonly Dictionary<int, int[]> markVotes;

    public ColumnSettling(IReadOnlyList<ColumnPlan> plans)
    {
        dateVotes = plans.Where(p => Dates.Contains(p.Field)).ToDictionary(p => p.Index, _ => new DateOrderVote());
        markVotes = plans.Where(p => Amounts.Contains(p.Field)).ToDictionary(p => p.Index, _ => new int[2]);
    }

    /// <summary>A date cell of <paramref name="plan"/>'s column as the interpreter parsed it.</summary>
    public void AddDate(ColumnPlan plan, DateOrder? evidence)
    {
        if (evidence is not null && dateVotes.TryGetValue(plan.Index, out var vote))
            vote.Add(evidence);
    }

    /// <summary>An amount or count cell of <paramref name="plan"/>'s column as the interpreter parsed it.</summary>
    public void AddAmount(ColumnPlan plan, DecimalSeparator evidence, object? cell)
    {
        if (evidence == DecimalSeparator.Ambiguous || !markVotes.TryGetValue(plan.Index, out var votes))
            return;
        // The inspection takes a text that reads as a date or an email for that, never for an amount: so here.
        if (cell is string text && (DateParts.TryParse(text, out _) || EmailCheck.TryFirst(text, out _)))
            return;
        votes[evidence == DecimalSeparator.Point ? 0 : 1]++;
    }

    /// <summary>
    /// The plans as the whole columns settle them (the fallbacks where a column settles nothing), or null when they
    /// are the plans read with.
    /// </summary>
    public IReadOnlyList<ColumnPlan>? Differences(IReadOnlyList<ColumnPlan> plans, BookReadOptions options)
    {
        var resettled = plans.Select(p => dateVotes.TryGetValue(p.Index, out var vote) && Dates.Contains(p.Field)
                ? p with { DateOrder = vote.Resolve(options.FallbackDateOrder) }
                : markVotes.TryGetValue(p.Index, out var marks) && Amounts.Contains(p.Field)
                    ? p with { Separator = Separator(marks) ?? options.FallbackDecimalSeparator }
                    : p)
            .ToList();
        return resettled.SequenceEqual(plans) ? null : resettled;
    }

    // As ColumnProfile.DetectedSeparator, null where it says ambiguous.
    private static DecimalSeparator? Separator(int[] votes) =>
        votes[0] == votes[1] ? null : votes[0] > votes[1] ? DecimalSeparator.Point : DecimalSeparator.Comma;
}

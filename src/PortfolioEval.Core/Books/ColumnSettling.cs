namespace PortfolioEval.Books;

/// <summary>
/// Checks, while the import reads every row, that the date orders and decimal marks it reads with are the ones the
/// whole columns settle. The inspection settles them from the first <see cref="BookInspector.ProfiledRows"/> rows; a
/// column whose later values decide otherwise (only 04/06 at first, then 25/03 further down) makes the import read the
/// book again with the whole column's verdict, so a sampled inspection never changes what is imported.
/// </summary>
internal sealed class ColumnSettling
{
    // The fields read with their column's order (dates) or mark (amounts and counts): RowInterpreter, SalesLine.
    private static readonly HashSet<BookField> Dates = [BookField.LastContactDate, BookField.LastUpdateDate];

    private static readonly HashSet<BookField> Amounts =
    [
        BookField.DealValue, BookField.OutstandingBalance, BookField.Quantity, BookField.UnitPrice, BookField.Discount,
        BookField.DaysOverdue, BookField.PurchaseCount,
    ];

    private readonly (ColumnPlan Plan, ColumnProfile Values)[] columns;

    public ColumnSettling(IReadOnlyList<ColumnPlan> plans) =>
        columns = [.. plans.Where(p => Dates.Contains(p.Field) || Amounts.Contains(p.Field)).Select(p => (p, new ColumnProfile()))];

    /// <summary>Adds a data row's values of the checked columns.</summary>
    public void Add(SheetRow row)
    {
        foreach (var (plan, values) in columns)
            values.Add(row[plan.Index]);
    }

    /// <summary>
    /// The plans as the whole columns settle them (the fallbacks where a column settles nothing), or null when they
    /// are the plans read with.
    /// </summary>
    public IReadOnlyList<ColumnPlan>? Differences(IReadOnlyList<ColumnPlan> plans, BookReadOptions options)
    {
        var values = columns.ToDictionary(c => c.Plan.Index, c => c.Values);
        var resettled = plans.Select(p => !values.TryGetValue(p.Index, out var column) ? p
            : Dates.Contains(p.Field) ? p with { DateOrder = column.DateVote.Resolve(options.FallbackDateOrder) }
            : p with { Separator = column.DetectedSeparator == DecimalSeparator.Ambiguous ? options.FallbackDecimalSeparator : column.DetectedSeparator }).ToList();
        return resettled.SequenceEqual(plans) ? null : resettled;
    }
}

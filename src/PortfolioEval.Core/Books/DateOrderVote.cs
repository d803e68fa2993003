namespace PortfolioEval.Books;

/// <summary>
/// Settles a date column's order from all its values: a day above 12 settles it. When values point both ways the
/// majority wins and the minority is rejected row by row as <see cref="RejectionReason.DateOrderConflict"/>.
/// </summary>
public sealed class DateOrderVote
{
    public int DayFirst { get; private set; }

    public int MonthFirst { get; private set; }

    public void Add(DateOrder? evidence)
    {
        if (evidence == DateOrder.DayFirst)
            DayFirst++;
        else if (evidence == DateOrder.MonthFirst)
            MonthFirst++;
    }

    /// <summary>What the values alone say.</summary>
    public DateOrder Detected => DayFirst == MonthFirst ? DateOrder.Ambiguous
        : DayFirst > MonthFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;

    /// <summary>The order to read with: the values' when they settle it, else the book's locale.</summary>
    public DateOrder Resolve(DateOrder fallback) => Detected == DateOrder.Ambiguous ? fallback : Detected;
}

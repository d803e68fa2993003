namespace PortfolioEval.Books;

/// <summary>
/// What a mapping would do to the previewed rows, read exactly as the import reads them: how many would be rejected,
/// and how often each mapped column fails. The mapping page warns about a column failing on more than a fifth of
/// them, and asks twice before an import that would reject more than half.
/// </summary>
public sealed record PreviewCheck(int Rows, int RowsRejected, IReadOnlyDictionary<int, int> FailuresByColumn)
{
    /// <summary>A column failing on more than this share of the previewed rows is flagged on the mapping page.</summary>
    public const double ColumnWarningShare = 0.2;

    /// <summary>An import expected to reject more than this share of the rows needs a second confirmation.</summary>
    public const double ConfirmShare = 0.5;

    /// <summary>Whether the column fails on more than a fifth of the previewed rows.</summary>
    public bool ColumnFailsOften(int column) => Rows > 0 && FailuresByColumn.GetValueOrDefault(column) > Rows * ColumnWarningShare;

    /// <summary>Whether more than half the previewed rows would be rejected.</summary>
    public bool RejectsMostRows => Rows > 0 && RowsRejected > Rows * ConfirmShare;

    public static PreviewCheck Of(BookInspection inspection, ColumnMapping mapping, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(mapping);
        var plans = ColumnPlan.For(mapping, inspection, inspection.FallbackDateOrder, inspection.FallbackDecimalSeparator);
        var interpreter = new RowInterpreter(plans, asOf);
        var columnOf = mapping.Fields.ToDictionary(p => p.Value, p => p.Key);
        var failures = new Dictionary<int, int>();
        var rejected = 0;
        var problems = new List<RowRejection>();
        foreach (var row in inspection.Preview)
        {
            problems.Clear();
            if (interpreter.Interpret(new SheetRow(row.SheetRowNumber, row.Values()), problems) is null)
                rejected++;
            foreach (var column in problems.Select(p => columnOf.GetValueOrDefault(p.Field, -1)).Where(c => c >= 0).Distinct())
                failures[column] = failures.GetValueOrDefault(column) + 1;
        }

        return new PreviewCheck(inspection.Preview.Count, rejected, failures);
    }
}

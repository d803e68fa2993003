namespace PortfolioEval.Books;

/// <summary>How one mapped column is read: its field, header (for rejections), and the order and separator settled for it.</summary>
internal sealed record ColumnPlan(int Index, BookField Field, string Header, DateOrder DateOrder, DecimalSeparator Separator)
{
    /// <summary>Plans every mapped column, settling date order and decimal separator from the whole column's values.</summary>
    public static IReadOnlyList<ColumnPlan> For(ColumnMapping mapping, SheetProfile profile, BookReadOptions options) =>
        mapping.Fields.OrderBy(p => p.Key).Select(p =>
        {
            var values = profile.Column(p.Key);
            var separator = values.DetectedSeparator == DecimalSeparator.Ambiguous ? options.FallbackDecimalSeparator : values.DetectedSeparator;
            return new ColumnPlan(p.Key, p.Value, profile.HeaderText(p.Key), values.DateVote.Resolve(options.FallbackDateOrder), separator);
        }).ToList();

    /// <summary>
    /// The same plans from an inspection of the same sheet and header row: it settled each column's date order and
    /// separator from the same values (<see cref="ColumnInfo"/>), so the import need not read the sheet twice.
    /// </summary>
    public static IReadOnlyList<ColumnPlan> For(ColumnMapping mapping, BookInspection inspection, BookReadOptions options)
    {
        var columns = inspection.Columns.ToDictionary(c => c.Index);
        return mapping.Fields.OrderBy(p => p.Key).Select(p =>
        {
            var column = columns.GetValueOrDefault(p.Key);
            var order = column?.DateOrder is { } settled and not DateOrder.Ambiguous ? settled : options.FallbackDateOrder;
            var separator = column?.DecimalSeparator is { } mark and not DecimalSeparator.Ambiguous ? mark : options.FallbackDecimalSeparator;
            return new ColumnPlan(p.Key, p.Value, column?.Header ?? "", order, separator);
        }).ToList();
    }
}

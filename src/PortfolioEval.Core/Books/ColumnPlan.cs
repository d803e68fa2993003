namespace PortfolioEval.Books;

/// <summary>
/// How one mapped column is read: its field, header (for rejections), the order and separator settled for it, and
/// whether its values may be echoed in a rejection: not when the column looks like one that identifies a client (an
/// email column mapped as the deal value, say), whatever it was mapped to.
/// </summary>
internal sealed record ColumnPlan(int Index, BookField Field, string Header, DateOrder DateOrder, DecimalSeparator Separator, bool ValuesIdentify = false)
{
    /// <summary>Plans every mapped column, settling date order and decimal separator from the whole column's values.</summary>
    public static IReadOnlyList<ColumnPlan> For(ColumnMapping mapping, SheetProfile profile, BookReadOptions options)
    {
        var looks = FieldSuggester.Suggest(profile).ToDictionary(c => c.Index, c => c.SuggestedField);
        return mapping.Fields.OrderBy(p => p.Key).Select(p =>
        {
            var values = profile.Column(p.Key);
            var separator = values.DetectedSeparator == DecimalSeparator.Ambiguous ? options.FallbackDecimalSeparator : values.DetectedSeparator;
            return new ColumnPlan(p.Key, p.Value, profile.HeaderText(p.Key), values.DateVote.Resolve(options.FallbackDateOrder), separator,
                RowRejection.Identifies(looks.GetValueOrDefault(p.Key)));
        }).ToList();
    }

    /// <summary>
    /// The same plans from an inspection of the same sheet and header row: it settled each column's date order and
    /// separator from the same values (<see cref="ColumnInfo"/>), so the import need not read the sheet twice.
    /// </summary>
    public static IReadOnlyList<ColumnPlan> For(ColumnMapping mapping, BookInspection inspection, BookReadOptions options) =>
        For(mapping, inspection, options.FallbackDateOrder, options.FallbackDecimalSeparator);

    /// <summary>The same plans, with the fallbacks for columns whose values settle nothing given directly.</summary>
    public static IReadOnlyList<ColumnPlan> For(ColumnMapping mapping, BookInspection inspection, DateOrder fallbackOrder, DecimalSeparator fallbackSeparator)
    {
        var columns = inspection.Columns.ToDictionary(c => c.Index);
        return mapping.Fields.OrderBy(p => p.Key).Select(p =>
        {
            var column = columns.GetValueOrDefault(p.Key);
            var order = column?.DateOrder is { } settled and not DateOrder.Ambiguous ? settled : fallbackOrder;
            var separator = column?.DecimalSeparator is { } mark and not DecimalSeparator.Ambiguous ? mark : fallbackSeparator;
            return new ColumnPlan(p.Key, p.Value, column?.Header ?? "", order, separator, column is not null && RowRejection.Identifies(column.SuggestedField));
        }).ToList();
    }
}

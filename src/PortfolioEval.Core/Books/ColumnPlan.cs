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
}

namespace PortfolioEval.SampleBooks.Books;

/// <summary>Writes a table of columns over rows into a sink.</summary>
public static class Table
{
    public static void Write<T>(ISheetSink sink, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Header(columns.Select(c => c.Header).ToList());
        var values = new object?[columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                values[i] = columns[i].Value(row);
            sink.Row(values);
        }
    }
}

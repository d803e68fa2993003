using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>Writes into a worksheet: dates as real date cells, amounts as numbers, a merged bold title.</summary>
public sealed class XlsxSink(XlsxSheetWriter sheet) : ISheetSink
{
    private XlsxCell[] cells = [];

    public void Title(string text, int width)
    {
        sheet.WriteRow(XlsxCell.Text(text, XlsxStyle.Title));
        sheet.MergeAcross(0, width - 1);
    }

    public void Blank(int width) => sheet.SkipRows();

    public void Header(IReadOnlyList<string> headers) =>
        sheet.WriteRow(headers.Select(h => XlsxCell.Text(h, XlsxStyle.Bold)).ToArray());

    public void Row(IReadOnlyList<object?> values)
    {
        // One buffer for every row: a million-row sheet should not mean a million arrays.
        if (cells.Length != values.Count)
            cells = new XlsxCell[values.Count];
        for (var i = 0; i < values.Count; i++)
            cells[i] = Cell(values[i]);
        sheet.WriteRow(cells);
    }

    public void Dispose() => sheet.Dispose();

    private static XlsxCell Cell(object? value) => value switch
    {
        null => default,
        string text => XlsxCell.Text(text),
        DateOnly date => XlsxCell.Date(date),
        Money money => XlsxCell.Amount(money.Amount),
        decimal number => XlsxCell.Number(number),
        int number => XlsxCell.Number(number),
        _ => throw new ArgumentException($"No cell for a {value.GetType().Name}.", nameof(value)),
    };
}

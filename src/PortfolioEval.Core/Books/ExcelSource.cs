using System.Text;
using ExcelDataReader;

namespace PortfolioEval.Books;

/// <summary>
/// xlsx and xls through ExcelDataReader, one row at a time (never its DataSet, which would hold the whole book).
/// Every exception of the library is turned into a <see cref="BookReadException"/> here.
/// </summary>
internal sealed class ExcelSource : IBookSource
{
    private readonly IExcelDataReader reader;
    private readonly Func<Exception, BookReadException> classify;

    static ExcelSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // xls strings are often cp1252

    public ExcelSource(Stream stream, BookFormat format, string? password, Func<Exception, BookReadException> classify)
    {
        Format = format;
        this.classify = classify;
        var configuration = new ExcelReaderConfiguration { LeaveOpen = true, Password = password };
        // The factory tells xls, xlsx and password-encrypted xlsx (an OLE container) apart by itself.
        reader = Guard(() => ExcelReaderFactory.CreateReader(stream, configuration));
        Sheets = Guard(ListSheets);
    }

    public BookFormat Format { get; }

    public string? EncodingName => null;

    public char? Delimiter => null;

    public IReadOnlyList<(string Name, bool Hidden)> Sheets { get; }

    public IEnumerable<SheetRow> ReadSheet(int index, CancellationToken cancellation)
    {
        var titleStarts = Guard(() => MoveTo(index));
        var number = 0;
        while (Guard(reader.Read))
        {
            cancellation.ThrowIfCancellationRequested();
            number++;
            var cells = Guard(ReadCells);
            yield return new SheetRow(number, cells, IsTitle(cells, titleStarts, number));
        }
    }

    public void Dispose() => reader.Dispose();

    private List<(string, bool)> ListSheets()
    {
        var sheets = new List<(string, bool)>();
        reader.Reset();
        do
        {
            sheets.Add((reader.Name ?? $"Sheet{sheets.Count + 1}", !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase)));
        }
        while (reader.NextResult());
        return sheets;
    }

    // Positions the reader on a sheet and returns, per row, the first column of a merge spanning several columns.
    private Dictionary<int, int> MoveTo(int index)
    {
        reader.Reset();
        for (var i = 0; i < index; i++)
            reader.NextResult();
        var starts = new Dictionary<int, int>();
        foreach (var range in reader.MergeCells ?? [])
        {
            if (range.ToColumn > range.FromColumn)
                starts.TryAdd(range.FromRow + 1, range.FromColumn);
        }

        return starts;
    }

    private object?[] ReadCells()
    {
        var last = -1;
        for (var i = reader.FieldCount - 1; i >= 0; i--)
        {
            if (!CellText.IsEmpty(reader.GetValue(i)))
            {
                last = i;
                break;
            }
        }

        if (last < 0)
            return [];
        var cells = new object?[last + 1];
        for (var i = 0; i <= last; i++)
            cells[i] = reader.GetValue(i);
        return cells;
    }

    private static bool IsTitle(object?[] cells, Dictionary<int, int> titleStarts, int number) =>
        titleStarts.TryGetValue(number, out var column) && column < cells.Length
        && cells.Count(c => !CellText.IsEmpty(c)) == 1 && !CellText.IsEmpty(cells[column]);

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not (BookReadException or OperationCanceledException or OutOfMemoryException))
        {
            throw classify(e);
        }
    }
}

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

    // Per sheet read so far: per row, the first column of a merge spanning several columns.
    private readonly Dictionary<int, Dictionary<int, int>> titleStarts = [];

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
        titleStarts[index] = Guard(() => MoveTo(index));
        var number = 0;
        while (Guard(reader.Read))
        {
            cancellation.ThrowIfCancellationRequested();
            number++;
            yield return new SheetRow(number, Guard(ReadCells));
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
        return MergedTitles.Starts((reader.MergeCells ?? []).Select(r => (r.FromRow, r.FromColumn, r.ToColumn)));
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

    public bool IsMergedTitle(int sheet, SheetRow row) => MergedTitles.IsTitle(row, titleStarts.GetValueOrDefault(sheet));

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

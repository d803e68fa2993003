using System.Text;
using PortfolioEval.SampleBooks.Generation;
using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>Creates book files: an xlsx to add sheets to, or a CSV written as one sheet.</summary>
public static class BookFiles
{
    public static void Xlsx(string path, Action<XlsxWriter> write, bool sharedStrings = true, string dateFormat = "dd/mm/yyyy")
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = File.Create(path);
        using var book = new XlsxWriter(file, sharedStrings, dateFormat);
        write(book);
    }

    public static void Csv(string path, CsvStyle style, Encoding encoding, Action<ISheetSink> write)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(write);
        using var file = File.Create(path);
        using var sink = new CsvSink(new CsvWriter(file, style.Delimiter, encoding), style);
        write(sink);
    }

    /// <summary>A sheet with column widths taken from the layout, wrapped as a sink.</summary>
    public static XlsxSink Sheet<T>(this XlsxWriter book, string name, IReadOnlyList<Column<T>> columns) =>
        new(book.AddSheet(name, columnWidths: columns.Select(c => c.Width).ToList()));

    /// <summary>The first <paramref name="count"/> clients, made one at a time as they are enumerated.</summary>
    public static IEnumerable<FakeClient> Many(this ClientFactory factory, long count)
    {
        ArgumentNullException.ThrowIfNull(factory);
        for (long i = 0; i < count; i++)
            yield return factory.Create(i);
    }
}

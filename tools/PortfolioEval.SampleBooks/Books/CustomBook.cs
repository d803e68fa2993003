using System.Globalization;
using PortfolioEval.SampleBooks.Generation;
using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>
/// One book of any size, for trying the portal with more data or benchmarking the reader. Rows are generated and
/// written one at a time: in CSV and inline-string xlsx memory stays flat however many rows are asked for.
/// </summary>
public static class CustomBook
{
    /// <summary>Sales per client in a transactional book, on average.</summary>
    private const int SalesPerClient = 7;

    public static string Write(SampleOptions options, string folder)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(options));
        var factory = new ClientFactory(options.Seed, BookProfile.Mixed, options.Language, options.AsOf);
        if (options.Transactional)
        {
            var clients = Math.Max(1, options.Rows / SalesPerClient);
            Write(path, options, Layouts.Sales(options.Language),
                SalesExport.Create(factory, options.Seed, options.Rows, clients, options.AsOf, options.Language));
        }
        else
        {
            Write(path, options, Layouts.Clients(options.Language), factory.Many(options.Rows));
        }

        return path;
    }

    private static void Write<T>(string path, SampleOptions options, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var style = options.Language == Language.Es ? CsvStyle.SpanishExcel : CsvStyle.EnglishCrm;
        switch (options.Format)
        {
            case OutputFormat.Xlsx or OutputFormat.XlsxInline:
                BookFiles.Xlsx(path, book =>
                {
                    using var sheet = book.Sheet(options.Language == Language.Es ? "Cartera" : "Clients", columns);
                    Table.Write(sheet, columns, rows);
                }, sharedStrings: options.Format == OutputFormat.Xlsx);
                break;
            case OutputFormat.Csv:
                BookFiles.Csv(path, style, CsvEncodings.Utf8(bom: true), sink => Table.Write(sink, columns, rows));
                break;
            case OutputFormat.CsvLatin1:
                BookFiles.Csv(path, style, CsvEncodings.Windows1252(), sink => Table.Write(sink, columns, rows));
                break;
        }
    }

    // cartera-es-1000000.xlsx, ventas-en-5000-inline.xlsx, cartera-es-2000-latin1.csv
    private static string FileName(SampleOptions options)
    {
        var kind = options.Transactional ? "ventas" : "cartera";
        var language = options.Language == Language.Es ? "es" : "en";
        var rows = options.Rows.ToString(CultureInfo.InvariantCulture);
        var suffix = options.Format switch
        {
            OutputFormat.XlsxInline => "-inline.xlsx",
            OutputFormat.Csv => ".csv",
            OutputFormat.CsvLatin1 => "-latin1.csv",
            _ => ".xlsx",
        };
        return $"{kind}-{language}-{rows}{suffix}";
    }
}

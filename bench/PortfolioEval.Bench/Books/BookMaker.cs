using PortfolioEval.SampleBooks;
using PortfolioEval.SampleBooks.Books;

namespace PortfolioEval.Bench.Books;

/// <summary>
/// Writes the benchmark's books with the sample-book generator (Spanish client books, one row per client, the
/// generator's fixed seed), so every run measures the same bytes. An xls is a generated xlsx converted by LibreOffice.
/// </summary>
public sealed class BookMaker(string folder, TextWriter notes)
{
    /// <summary>An xls sheet holds 65,536 rows; one is the header.</summary>
    public const int XlsMaxRows = 65_535;

    /// <summary>The books to write for these sizes and formats: an xls is capped at its limit, so sizes above it collapse into one.</summary>
    public static IReadOnlyList<(BenchFormat Format, int Rows)> Plan(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Sizes.Order()
            .SelectMany(size => options.Formats.Select(format => (format, format == BenchFormat.Xls ? Math.Min(size, XlsMaxRows) : size)))
            .Distinct().ToList();
    }

    /// <summary>Writes one book, or returns null (with a note) when this machine cannot make it.</summary>
    public BenchBook? Write(BenchFormat format, int rows)
    {
        if (format == BenchFormat.Xls)
            return WriteXls(rows);
        var sample = format switch
        {
            BenchFormat.Xlsx or BenchFormat.XlsxSales => OutputFormat.Xlsx,
            BenchFormat.XlsxInline => OutputFormat.XlsxInline,
            _ => OutputFormat.Csv,
        };
        var options = new SampleOptions { Rows = rows, Format = sample, SingleBook = true, Transactional = format == BenchFormat.XlsxSales };
        return new BenchBook(format, rows, CustomBook.Write(options, folder));
    }

    private BenchBook? WriteXls(int rows)
    {
        if (LibreOffice.Find() is not { } soffice)
        {
            notes.WriteLine("xls skipped: LibreOffice (soffice) is not on the PATH; `apt-get install libreoffice-calc-nogui` adds it.");
            return null;
        }

        var source = CustomBook.Write(new SampleOptions { Rows = rows, Format = OutputFormat.Xlsx, SingleBook = true }, Path.Combine(folder, "xls-source"));
        var converted = LibreOffice.ConvertToXls(soffice, source, folder, out var problem);
        if (converted is null)
            notes.WriteLine($"xls skipped: LibreOffice could not convert the book ({problem}).");
        return converted is null ? null : new BenchBook(BenchFormat.Xls, rows, converted);
    }
}

using System.Globalization;

namespace PortfolioEval.Bench.Books;

/// <summary>A generated book on disk: its format, how many data rows it holds (below one header row) and where.</summary>
public sealed record BenchBook(BenchFormat Format, int Rows, string Path)
{
    public long Bytes => new FileInfo(Path).Length;

    public bool IsXlsx => Format is BenchFormat.Xlsx or BenchFormat.XlsxInline or BenchFormat.XlsxSales;

    /// <summary>"xlsx (shared strings), 100,000 rows".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{FormatName(Format)}, {Rows:N0} rows");

    public static string FormatName(BenchFormat format) => format switch
    {
        BenchFormat.Xlsx => "xlsx (shared strings)",
        BenchFormat.XlsxInline => "xlsx (inline strings)",
        BenchFormat.Xls => "xls",
        BenchFormat.XlsxSales => "xlsx sales (7 rows a client)",
        _ => "csv",
    };
}

using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>Writes into a CSV file, formatting dates and amounts as text in the given style.</summary>
public sealed class CsvSink(CsvWriter writer, CsvStyle style) : ISheetSink
{
    // Excel saves a title line or a blank row with the delimiters of the full width: "Cartera;;;;".
    public void Title(string text, int width) => writer.WriteRow([text, .. new string?[width - 1]]);

    public void Blank(int width) => writer.WriteRow(new string?[width]);

    public void Header(IReadOnlyList<string> headers) => writer.WriteRow(headers.ToArray());

    public void Row(IReadOnlyList<object?> values) => writer.WriteRow(values.Select(style.Format).ToArray());

    public void Dispose() => writer.Dispose();
}

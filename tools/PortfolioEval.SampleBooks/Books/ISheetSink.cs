namespace PortfolioEval.SampleBooks.Books;

/// <summary>Where the rows of one sheet go: an xlsx worksheet or a CSV file.</summary>
public interface ISheetSink : IDisposable
{
    /// <summary>A title line above the table, across <paramref name="width"/> columns.</summary>
    void Title(string text, int width);

    void Blank(int width);

    void Header(IReadOnlyList<string> headers);

    void Row(IReadOnlyList<object?> values);
}

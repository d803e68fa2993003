namespace PortfolioEval.Books;

/// <summary>
/// The one exception the book reader lets out: a file that cannot be read as a client book.
/// <see cref="Detail"/> is for logs (it never holds cell contents), <see cref="Error"/> is for the candidate.
/// </summary>
public sealed class BookReadException : Exception
{
    public BookReadException(BookError error, string? detail = null, Exception? inner = null)
        : base($"{error}{(detail is null ? "" : ": " + detail)}", inner)
    {
        Error = error;
        Detail = detail;
    }

    public BookError Error { get; }

    public string? Detail { get; }
}

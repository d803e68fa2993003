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

    /// <summary>The 1-based row where the reading stopped, when the refusal is about one row.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based column (A = 1) where the reading stopped, when the refusal is about one cell.</summary>
    public int? Column { get; init; }

    public string? Detail { get; }
}

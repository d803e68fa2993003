using PortfolioEval.Books;

namespace PortfolioEval.Scoring;

/// <summary>What the import knows about a book that its clients do not: how many rows it read and rejected.</summary>
public sealed record BookFacts(int RowsRead, int RowsRejected)
{
    public static BookFacts Of(ClientBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return new BookFacts(book.RowsRead, book.RowsRejected);
    }
}

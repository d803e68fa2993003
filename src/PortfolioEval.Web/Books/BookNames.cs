using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Books;

/// <summary>
/// How a book is named to its own candidate: by the label they gave it, else by the file they uploaded, which is what
/// they recognise.
/// </summary>
public static class BookNames
{
    /// <summary>The candidate's label; else the uploaded file's name, decrypted; the sheet's name when the book kept none.</summary>
    public static async Task<string> NameAsync(this CandidateBooks books, ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(book);
        if (book.Label is { } label)
            return label;
        var name = await books.DecryptAsync(book, BookContentKind.OriginalName, cancellation);
        return name is null ? book.SheetName : Encoding.UTF8.GetString(name);
    }
}

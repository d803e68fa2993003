namespace PortfolioEval.Books;

public enum BookContentKind
{
    /// <summary>The pseudonymised client records (<c>ClientRecordCodec</c>), for scoring.</summary>
    Clients,

    /// <summary>The file as uploaded, so the candidate can download it or map it again.</summary>
    Original,

    /// <summary>The uploaded file's name.</summary>
    OriginalName,

    /// <summary>The book's score report as JSON (it lists dormant clients by pseudonym, for the candidate only).</summary>
    Report,

    /// <summary>
    /// The rejected rows (<c>RejectionList</c>). Stored on <see cref="ClientBook.Rejections"/>, not as a content row;
    /// the kind names the context its ciphertext is bound to.
    /// </summary>
    Rejections,
}

/// <summary>
/// Encrypted content of a book (AES-256-GCM in chunks under the candidate's data key, bound to the book and the
/// kind). Kept apart from <see cref="ClientBook"/> so listing books never loads it.
/// </summary>
public class BookContent
{
    // For EF Core.
    private BookContent() { }

    public BookContent(Guid bookId, BookContentKind kind, byte[] ciphertext)
    {
        BookId = bookId;
        Kind = kind;
        Ciphertext = ciphertext;
    }

    public Guid BookId { get; private set; }
    public BookContentKind Kind { get; private set; }
    public byte[] Ciphertext { get; private set; } = [];

    /// <summary>The associated data every ciphertext of a book's content is bound to: moving it elsewhere breaks it.</summary>
    public static byte[] Context(Guid bookId, BookContentKind kind) =>
        System.Text.Encoding.ASCII.GetBytes($"portfolioeval/book/{bookId:N}/{kind}");
}

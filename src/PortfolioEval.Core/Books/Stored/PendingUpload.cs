namespace PortfolioEval.Books;

/// <summary>
/// An uploaded file waiting for the candidate to confirm how its columns are read. Its bytes, its file name and any
/// workbook password are stored only encrypted under the candidate's data key, bound to the upload's id, which the
/// imported book then takes as its own (so the original moves to the book as it is). Abandoned uploads expire.
/// </summary>
public class PendingUpload
{
    // For EF Core.
    private PendingUpload() { }

    public PendingUpload(Guid id, string candidateId, BookFormat format, long byteCount, byte[] encryptedContent, byte[] encryptedFileName, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        Id = id;
        CandidateId = candidateId;
        Format = format;
        ByteCount = byteCount;
        EncryptedContent = encryptedContent;
        EncryptedFileName = encryptedFileName;
        CreatedAt = createdAt;
    }

    /// <summary>How long an upload waits for its mapping before it is deleted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public BookFormat Format { get; private set; }
    public long ByteCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public byte[] EncryptedContent { get; private set; } = [];
    public byte[] EncryptedFileName { get; private set; } = [];

    /// <summary>The workbook's password, encrypted, once the candidate has given it.</summary>
    public byte[]? EncryptedPassword { get; private set; }

    /// <summary>
    /// The latest inspection of the file (it quotes the first rows), encrypted, so the mapping page and the import
    /// need not read the whole file again.
    /// </summary>
    public byte[]? EncryptedInspection { get; private set; }

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt > Lifetime;

    public void RememberPassword(byte[] encryptedPassword) => EncryptedPassword = encryptedPassword;

    public void KeepInspection(byte[] encryptedInspection) => EncryptedInspection = encryptedInspection;

    /// <summary>The associated data of this upload's ciphertexts; the same as its book's (see <see cref="BookContent.Context"/>).</summary>
    public static byte[] Context(Guid id, BookContentKind kind) => BookContent.Context(id, kind);

    /// <summary>The password's own context: it never becomes book content.</summary>
    public static byte[] PasswordContext(Guid id) => System.Text.Encoding.ASCII.GetBytes($"portfolioeval/upload/{id:N}/password");

    public static byte[] InspectionContext(Guid id) => System.Text.Encoding.ASCII.GetBytes($"portfolioeval/upload/{id:N}/inspection");
}

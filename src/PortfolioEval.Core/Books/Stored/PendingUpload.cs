namespace PortfolioEval.Books;

/// <summary>
/// An uploaded file waiting for the candidate to confirm how its columns are read. Its bytes, its file name and any
/// workbook password are stored only in protected (encrypted) form; it is deleted once imported or discarded, and
/// abandoned ones expire.
/// </summary>
public class PendingUpload
{
    // For EF Core.
    private PendingUpload() { }

    public PendingUpload(string candidateId, BookFormat format, long byteCount, byte[] protectedContent, byte[] protectedFileName, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        Id = Guid.NewGuid();
        CandidateId = candidateId;
        Format = format;
        ByteCount = byteCount;
        ProtectedContent = protectedContent;
        ProtectedFileName = protectedFileName;
        CreatedAt = createdAt;
    }

    /// <summary>How long an upload waits for its mapping before it is deleted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public BookFormat Format { get; private set; }
    public long ByteCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public byte[] ProtectedContent { get; private set; } = [];
    public byte[] ProtectedFileName { get; private set; } = [];

    /// <summary>The workbook's password, protected, once the candidate has given it.</summary>
    public byte[]? ProtectedPassword { get; private set; }

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt > Lifetime;

    public void RememberPassword(byte[] protectedPassword) => ProtectedPassword = protectedPassword;
}

namespace PortfolioEval.Books;

public enum ImportJobState { Queued, Running, Succeeded, Failed }

/// <summary>What a running import is doing; the progress page names it.</summary>
public enum ImportPhase
{
    /// <summary>Queued: no node has claimed it yet.</summary>
    Waiting,

    /// <summary>Rows are read, checked and merged per client; <see cref="ImportJob.RowsRead"/> counts them.</summary>
    Reading,

    /// <summary>Clients are pseudonymised and encrypted.</summary>
    Protecting,

    Scoring,

    Saving,

    Done,
}

/// <summary>Why an import failed, in words the page can explain; never a value from the book.</summary>
public enum ImportFailure
{
    /// <summary>The book cannot be read with the confirmed mapping; <see cref="ImportJob.BookError"/> says why.</summary>
    Book,

    /// <summary>The node running it stopped (its lease expired). The upload is kept, so it can simply be tried again.</summary>
    Interrupted,

    /// <summary>The upload expired or was discarded before the import ran.</summary>
    UploadGone,

    /// <summary>A fault of the portal, logged without any value.</summary>
    Unexpected,
}

/// <summary>
/// The import of one confirmed upload, run in the background by whichever node claims it. The database is the queue:
/// every change below bumps <see cref="Version"/>, a concurrency token, so it is saved as a conditional update
/// (<c>... WHERE Id = @id AND Version = @seen</c>) and of two nodes claiming, renewing or finishing the same job only
/// one wins. A node holds a running job under a lease it renews while it works; a job whose node died is found by
/// its expired lease. Holds the mapping (columns to fields), counts and reasons only: nothing read from the book.
/// </summary>
public class ImportJob
{
    private readonly List<MappedColumn> _fields = [];

    // For EF Core.
    private ImportJob() { }

    public ImportJob(string candidateId, Guid uploadId, ColumnMapping mapping, string cultureName, DateOrder? dateOrder, int expectedRows, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        ArgumentNullException.ThrowIfNull(mapping);
        Id = Guid.NewGuid();
        CandidateId = candidateId;
        UploadId = uploadId;
        SheetIndex = mapping.SheetIndex;
        HeaderRow = mapping.HeaderRow;
        CultureName = cultureName;
        DateOrder = dateOrder;
        _fields.AddRange(mapping.Fields.OrderBy(f => f.Key).Select(f => new MappedColumn(f.Key, f.Value)));
        ExpectedRows = expectedRows;
        State = ImportJobState.Queued;
        Phase = ImportPhase.Waiting;
        CreatedAt = UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";

    /// <summary>The <see cref="PendingUpload"/> imported; its id becomes the book's.</summary>
    public Guid UploadId { get; private set; }

    public int SheetIndex { get; private set; }
    public int HeaderRow { get; private set; }
    public string CultureName { get; private set; } = "";

    /// <summary>What "$" means in the book, as the candidate answered on the mapping page (null: not stated).</summary>
    public string? DollarSignCurrency { get; private set; }

    /// <summary>The currency of the book's unmarked amounts, as the candidate declared it (null: not stated).</summary>
    public string? BookCurrency { get; private set; }

    /// <summary>The origin of clients whose row does not say, as the candidate chose it for the whole book.</summary>
    public ClientOrigin BulkOrigin { get; private set; }
    public DateOrder? DateOrder { get; private set; }
    public IReadOnlyList<MappedColumn> Fields => _fields;

    /// <summary>Data rows the inspection counted, for the progress bar.</summary>
    public int ExpectedRows { get; private set; }

    public ImportJobState State { get; private set; }
    public ImportPhase Phase { get; private set; }
    public int RowsRead { get; private set; }
    public ImportFailure? Failure { get; private set; }
    public BookError? BookError { get; private set; }

    /// <summary>The node running the job, and until when its claim holds unless renewed.</summary>
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>How many times a node started it.</summary>
    public int Attempts { get; private set; }

    /// <summary>Bumped by every change: the concurrency token that makes each save conditional.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public Guid? BookId { get; private set; }

    public bool IsActive => State is ImportJobState.Queued or ImportJobState.Running;

    /// <summary>Only a failure of the portal is worth trying again as it is; a book error needs another mapping or file.</summary>
    public bool CanRetry => State == ImportJobState.Failed && Failure is ImportFailure.Interrupted or ImportFailure.Unexpected;

    /// <summary>Share of the expected rows read, 0–100.</summary>
    public int Percent => State == ImportJobState.Succeeded ? 100
        : ExpectedRows <= 0 ? 0 : (int)Math.Min(100, RowsRead * 100L / ExpectedRows);

    public bool IsHeldBy(string node) => State == ImportJobState.Running && LeaseOwner == node;

    /// <summary>A node takes the queued job for <paramref name="lease"/>; saving fails for all but the first node.</summary>
    public void Claim(string node, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        if (State != ImportJobState.Queued)
            throw new InvalidOperationException("Only a queued import can be claimed.");
        State = ImportJobState.Running;
        Phase = ImportPhase.Reading;
        LeaseOwner = node;
        Attempts++;
        StartedAt = now;
        Renew(now, lease);
    }

    /// <summary>Where the running import is; renews the lease, which is also the node's sign of life.</summary>
    public void Report(ImportPhase phase, int rowsRead, DateTimeOffset now, TimeSpan lease)
    {
        EnsureRunning();
        Phase = phase;
        RowsRead = rowsRead;
        Renew(now, lease);
    }

    public void Succeed(Guid bookId, int rowsRead, DateTimeOffset now)
    {
        EnsureRunning();
        BookId = bookId;
        RowsRead = rowsRead;
        Phase = ImportPhase.Done;
        Finish(ImportJobState.Succeeded, now);
    }

    public void Fail(ImportFailure failure, BookError? bookError, DateTimeOffset now)
    {
        EnsureRunning();
        Failure = failure;
        BookError = failure == ImportFailure.Book ? bookError : null;
        Finish(ImportJobState.Failed, now);
    }

    /// <summary>
    /// The node stopped in an orderly way (a deployment, a restart) before finishing: the job goes back to the queue
    /// and runs again from the start, on this node after its restart or on another.
    /// </summary>
    public void Release(DateTimeOffset now)
    {
        EnsureRunning();
        State = ImportJobState.Queued;
        Phase = ImportPhase.Waiting;
        RowsRead = 0;
        LeaseOwner = null;
        LeaseExpiresAt = null;
        StartedAt = null;
        Touch(now);
    }

    /// <summary>Keeps what the candidate declared for the whole book on the mapping page, for the import to apply.</summary>
    public void Declare(string? dollarSignCurrency, string? bookCurrency, ClientOrigin bulkOrigin)
    {
        DollarSignCurrency = dollarSignCurrency;
        BookCurrency = bookCurrency;
        BulkOrigin = bulkOrigin;
    }

    public ColumnMapping Mapping() => new(SheetIndex, HeaderRow, _fields.ToDictionary(f => f.Index, f => f.Field));

    /// <summary>Back in the queue from the start, for another try of an interrupted import.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (!CanRetry)
            throw new InvalidOperationException("Only an import that failed for the portal's reasons is tried again.");
        State = ImportJobState.Queued;
        Phase = ImportPhase.Waiting;
        RowsRead = 0;
        Failure = null;
        BookError = null;
        StartedAt = FinishedAt = null;
        Touch(now);
    }

    private void Renew(DateTimeOffset now, TimeSpan lease)
    {
        LeaseExpiresAt = now + lease;
        Touch(now);
    }

    private void Finish(ImportJobState state, DateTimeOffset now)
    {
        State = state;
        LeaseOwner = null;
        LeaseExpiresAt = null;
        FinishedAt = now;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void EnsureRunning()
    {
        if (State != ImportJobState.Running)
            throw new InvalidOperationException("The import is not running.");
    }
}

namespace PortfolioEval.Books;

/// <summary>
/// A candidate's imported client book: what the import did with every row and figures that identify no client.
/// Its clients (pseudonymised) and its original file are <see cref="BookContent"/>, encrypted.
/// </summary>
public class ClientBook
{
    private readonly List<FieldCoverage> _coverage = [];
    private readonly List<CurrencyTotal> _totals = [];
    private readonly List<ReasonCount> _reasons = [];
    private readonly List<PipelineTotal> _pipeline = [];

    /// <summary>The longest label a candidate may give a book.</summary>
    public const int LabelMaxLength = 80;

    // For EF Core.
    private ClientBook() { }

    private ClientBook(Guid id, string candidateId, BookFormat format, string sheetName, DateOnly asOf, DateTimeOffset importedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        Id = id;
        CandidateId = candidateId;
        Format = format;
        SheetName = sheetName;
        AsOf = asOf;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public BookFormat Format { get; private set; }
    public string SheetName { get; private set; } = "";
    public DateOnly AsOf { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    public int RowsRead { get; private set; }
    public int BlankRowsSkipped { get; private set; }
    public int RowsRejected { get; private set; }
    public int RowsAggregated { get; private set; }

    /// <summary>Imported rows with a field left empty because its value failed; each warning is in <see cref="Rejections"/>.</summary>
    public int RowsWithWarnings { get; private set; }
    public int Clients { get; private set; }

    /// <summary>Lines whose stage says the deal was lost: counted, not imported.</summary>
    public int RowsLost { get; private set; }

    /// <summary>Lines whose stage says the deal is open: pipeline, counted, not imported.</summary>
    public int RowsOpen { get; private set; }

    public int RowsImported => RowsRead - BlankRowsSkipped - RowsRejected - RowsLost - RowsOpen;

    /// <summary>
    /// The name the candidate gave the book, shown in their lists; null until they give one (the lists then show the
    /// uploaded file's name, which is kept encrypted with the book). The candidate's own words, never read from it.
    /// </summary>
    public string? Label { get; private set; }

    /// <summary>Names the book; a blank label goes back to the file's name.</summary>
    public void Rename(string? label)
    {
        var trimmed = label?.Trim();
        if (trimmed is { Length: > LabelMaxLength })
            throw new ArgumentException($"A book's label holds at most {LabelMaxLength} characters.", nameof(label));
        Label = string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>The book had a notes column: read, never stored (free text can name anyone).</summary>
    public bool NotesDropped { get; private set; }

    /// <summary>The sheet ended at a long run of blank rows; rows after it were not read.</summary>
    public bool StoppedAtBlankRun { get; private set; }

    public DateOnly? EarliestLastContact { get; private set; }
    public DateOnly? LatestLastContact { get; private set; }

    /// <summary>The composite score of the stored report, for lists; null until the book is scored, and for a book
    /// scored as not enough to judge (<see cref="ReportVersion"/> then says it was scored).</summary>
    public int? CompositeScore { get; private set; }

    /// <summary>The day the stored report is about, and the scoring version that made it.</summary>
    public DateOnly? ReportAsOf { get; private set; }
    public int? ReportVersion { get; private set; }

    /// <summary>Records that a new report was stored for this book.</summary>
    public void Scored(int? compositeScore, DateOnly asOf, int version)
    {
        CompositeScore = compositeScore;
        ReportAsOf = asOf;
        ReportVersion = version;
    }

    /// <summary>
    /// Every rejection, compressed (see <see cref="RejectionList"/>) and encrypted under the candidate's key (bound to
    /// the book as <see cref="BookContentKind.Rejections"/>). They carry no client identifier, but a mis-mapped column
    /// can still make them say much about the book, so they are sealed like the rest of it. Books imported before
    /// they were sealed hold the compressed list alone until <see cref="SealRejections"/> runs on them.
    /// </summary>
    public byte[] Rejections { get; private set; } = [];

    public IReadOnlyList<FieldCoverage> Coverage => _coverage;
    public IReadOnlyList<CurrencyTotal> Totals => _totals;
    public IReadOnlyList<ReasonCount> RejectionReasons => _reasons;

    /// <summary>The open deals' values per currency, never added together.</summary>
    public IReadOnlyList<PipelineTotal> Pipeline => _pipeline;

    /// <param name="id">The upload's id: the book keeps it, so the upload's encrypted original stays bound to it.</param>
    /// <param name="sealRejections">Encrypts the packed rejections under the candidate's key, for this book.</param>
    public static ClientBook FromImport(Guid id, string candidateId, BookFormat format, string sheetName, DateOnly asOf, DateTimeOffset importedAt,
        ColumnMapping mapping, BookImportResult result, Func<byte[], byte[]> sealRejections)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new RowCounts(result.RowsRead, result.BlankRowsSkipped, result.RowsRejected, result.RowsAggregated, result.Clients.Count, result.StoppedAtBlankRun, result.RowsWithWarnings)
        {
            Lost = result.RowsLost,
            Open = result.RowsOpen,
            Pipeline = result.Pipeline,
        };
        return FromImport(id, candidateId, format, sheetName, asOf, importedAt, mapping, rows, result.Rejections, ClientFigures.Of(result.Clients), sealRejections);
    }

    /// <summary>The book of a streamed import, its figures added up as its clients went by.</summary>
    public static ClientBook FromImport(Guid id, string candidateId, BookFormat format, string sheetName, DateOnly asOf, DateTimeOffset importedAt,
        ColumnMapping mapping, BookReading reading, ClientFigures figures, Func<byte[], byte[]> sealRejections)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var rows = new RowCounts(reading.RowsRead, reading.BlankRowsSkipped, reading.RowsRejected, reading.RowsAggregated, reading.Clients, reading.StoppedAtBlankRun, reading.RowsWithWarnings)
        {
            Lost = reading.RowsLost,
            Open = reading.RowsOpen,
            Pipeline = reading.Pipeline,
        };
        return FromImport(id, candidateId, format, sheetName, asOf, importedAt, mapping, rows, reading.Rejections, figures, sealRejections);
    }

    /// <summary>Whether <see cref="Rejections"/> is still the compressed list alone, as books imported before sealing hold it.</summary>
    public bool RejectionsInClear => RejectionList.IsPacked(Rejections);

    /// <summary>Encrypts the rejections of a book imported before they were sealed.</summary>
    public void SealRejections(Func<byte[], byte[]> seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        if (RejectionsInClear)
            Rejections = seal(Rejections);
    }

    private sealed record RowCounts(int Read, int Blank, int Rejected, int Aggregated, int Clients, bool StoppedAtBlankRun, int Warned)
    {
        public int Lost { get; init; }
        public int Open { get; init; }
        public IReadOnlyList<CurrencyAmount> Pipeline { get; init; } = [];
    }

    private static ClientBook FromImport(Guid id, string candidateId, BookFormat format, string sheetName, DateOnly asOf, DateTimeOffset importedAt,
        ColumnMapping mapping, RowCounts rows, IReadOnlyList<RowRejection> rejections, ClientFigures figures, Func<byte[], byte[]> sealRejections)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sealRejections);
        var book = new ClientBook(id, candidateId, format, sheetName, asOf, importedAt)
        {
            RowsRead = rows.Read,
            BlankRowsSkipped = rows.Blank,
            RowsRejected = rows.Rejected,
            RowsAggregated = rows.Aggregated,
            RowsWithWarnings = rows.Warned,
            Clients = rows.Clients,
            RowsLost = rows.Lost,
            RowsOpen = rows.Open,
            StoppedAtBlankRun = rows.StoppedAtBlankRun,
            NotesDropped = mapping.Has(BookField.Notes),
            Rejections = sealRejections(RejectionList.Pack(rejections)),
            EarliestLastContact = figures.EarliestLastContact,
            LatestLastContact = figures.LatestLastContact,
        };
        book._coverage.AddRange(figures.Coverage);
        book._totals.AddRange(figures.Totals);
        book._pipeline.AddRange(rows.Pipeline.Select(p => new PipelineTotal(p.Currency, p.Amount)).OrderByDescending(p => p.Amount));
        book._reasons.AddRange(rejections
            .Where(r => !r.Kept)
            .GroupBy(r => r.Reason)
            .OrderByDescending(g => g.Count())
            .Select(g => new ReasonCount(g.Key, g.Count())));
        return book;
    }
}

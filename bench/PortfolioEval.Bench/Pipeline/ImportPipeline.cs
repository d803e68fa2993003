using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;
using PortfolioEval.SampleBooks.Books;
using PortfolioEval.Scoring;
using PortfolioEval.Sectors;

namespace PortfolioEval.Bench.Pipeline;

/// <summary>What one import did: its counts, the bytes it would store and the time of each phase.</summary>
/// <param name="ClientBytes">The clients' records as stored (plaintext bytes, before encryption).</param>
/// <param name="ReportBytes">The report's JSON, before encryption.</param>
/// <param name="Phases">Each phase's time: wall time for the consecutive ones, own time for those beside the scoring
/// (<see cref="PhaseClock.IsBeside"/>); <paramref name="PhasesCpu"/> the CPU time each took.</param>
public sealed record ImportRun(int RowsRead, int Clients, int RowsRejected, long StoredBytes, IReadOnlyList<TimeSpan> Phases, long ClientBytes, long ReportBytes,
    IReadOnlyList<TimeSpan> PhasesCpu)
{
    /// <summary>The import's wall time: its consecutive phases added up.</summary>
    public TimeSpan Wall => Enum.GetValues<Phase>().Where(p => !PhaseClock.IsBeside(p)).Aggregate(TimeSpan.Zero, (sum, p) => sum + Phases[(int)p]);
}

/// <summary>A book's clients as the import stored them, encrypted in a file, for scoring them again.</summary>
public sealed record StoredClients(string Path, byte[] DataKey, Guid BookId, BookFacts Facts, int Clients);

/// <summary>
/// The import of src/PortfolioEval.Web/Books/BookImports.cs (upload, then import), step for step and with the same
/// Core calls, minus the database: the candidate's secret is made here instead of unwrapped, the ciphertexts go to
/// memory (the original, as BookImports keeps it) or to a counting sink (the clients and the report), and the
/// labels are only told apart, not numbered in a table. The mapping is the one the reader suggests, as a candidate who
/// confirms the mapping page unchanged would send it.
/// </summary>
public static class ImportPipeline
{
    /// <summary>
    /// The web host's limits except the uncompressed size, raised to ImportOptions' own ceiling (4 GB): a 1M-row
    /// xlsx unzips to 0.7-0.9 GB, above the 256 MB default. (The 25 MB upload limit is the web page's, not the reader's.)
    /// </summary>
    public static readonly BookLimits Limits = new() { MaxUncompressedBytes = 4096L * 1024 * 1024 };

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly DateOnly AsOf = SampleSet.AsOf;

    /// <param name="keepClientsAt">When given, the clients' ciphertext is also written to this file (not timed
    /// apart: it replaces the array the ciphertext is otherwise written to) and <paramref name="kept"/> says how to read it.</param>
    public static ImportRun Run(byte[] content, string fileName, string? keepClientsAt = null) => Run(content, fileName, keepClientsAt, out _);

    public static ImportRun Run(byte[] content, string fileName, string? keepClientsAt, out StoredClients? kept)
    {
        ArgumentNullException.ThrowIfNull(content);
        var clock = new PhaseClock();
        using var secret = CandidateSecret.New();
        var id = Guid.NewGuid();
        var options = new BookReadOptions { AsOf = AsOf, Culture = CultureInfo.GetCultureInfo("es-PE"), Limits = Limits };

        // Upload: the cheap check, the one full reading (kept, encrypted, with the upload), the original encrypted.
        var format = BookFormatDetector.Detect(content.AsSpan(0, Math.Min(content.Length, BookFormatDetector.HeadLength)))
            ?? throw new InvalidDataException("The benchmark book is not a book.");
        var inspection = Inspect(content, options);
        var keptInspection = ChunkedCipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(inspection, Json), secret.DataKey, PendingUpload.InspectionContext(id));
        clock.Lap(Phase.Inspect);
        var encrypted = ChunkedCipher.Encrypt(content, secret.DataKey, PendingUpload.Context(id, BookContentKind.Original));
        var encryptedName = ChunkedCipher.Encrypt(Encoding.UTF8.GetBytes(fileName), secret.DataKey, PendingUpload.Context(id, BookContentKind.OriginalName));
        clock.Lap(Phase.EncryptOriginal);

        // Import (the background job): the original decrypted chunk by chunk as it is read, in one pass with the
        // kept inspection; clients pseudonymised one at a time, then encrypted, labelled and scored.
        using var original = ChunkedCipher.OpenSeekable(encrypted, secret.DataKey, PendingUpload.Context(id, BookContentKind.Original));
        clock.Lap(Phase.DecryptOriginal);
        var mapping = inspection.SuggestedMapping() ?? throw new InvalidDataException("No client column was recognised.");
        var reading = BookReader.ReadStreamed(original, options, mapping, inspection, helper: IdleHelper);
        clock.Lap(Phase.Read);
        var figures = new ClientFigures();
        var clients = Pseudonymiser.PseudonymiseAll(reading, secret, figures, IdleHelper);
        clock.Lap(Phase.Pseudonymise);
        var sheetName = inspection.Sheets.FirstOrDefault(s => s.Index == mapping.SheetIndex)?.Name ?? "";
        var book = ClientBook.FromImport(id, "bench-candidate", format, sheetName, AsOf, DateTimeOffset.UtcNow, mapping, reading, figures,
            packed => ChunkedCipher.Encrypt(packed, secret.DataKey, BookContent.Context(id, BookContentKind.Rejections)));

        // As BookImports: the records encoded and encrypted, then the labels told apart, on a second thread while the
        // import's own thread scores the same clients (the web does so when no request waits, as here).
        long clientsPlain = 0, clientBytes = 0;
        HashSet<string>? labels = null;
        StoredClients? stored = null;
        var beside = IdleHelper(() =>
        {
            clock.Own(Phase.EncryptClients, () => (clientsPlain, clientBytes, stored) = EncryptClients(clients, book, secret, keepClientsAt));
            clock.Own(Phase.Labels, () => labels = clients.Select(c => c.ClientPseudonym).ToHashSet(StringComparer.Ordinal)); // ClientLabels.InsertNewAsync
        })!;
        long reportJsonBytes = 0, reportBytes = 0;
        clock.Own(Phase.Score, () =>
        {
            var report = ScoringEngine.Score(clients, BookFacts.Of(book), AsOf, new ScoringSettings(), IsicTaxonomy.Instance);
            var reportJson = JsonSerializer.SerializeToUtf8Bytes(report, Json);
            (reportJsonBytes, reportBytes) = (reportJson.Length, ChunkedCipher.Encrypt(reportJson, secret.DataKey, BookContent.Context(book.Id, BookContentKind.Report)).Length);
        });
        beside.GetAwaiter().GetResult();
        clock.Lap(Phase.ScoreBesideRecords);
        kept = stored;

        if (labels!.Count != clients.Count)
            throw new InvalidDataException("Two clients of the benchmark book share a pseudonym.");
        return new ImportRun(reading.RowsRead, clients.Count, reading.RowsRejected,
            encrypted.Length + encryptedName.Length + keptInspection.Length + clientBytes + reportBytes, clock.Times, clientsPlain, reportJsonBytes, clock.Cpu);
    }

    // One core: the scoring has the other. Returns the records' plaintext and ciphertext sizes, and where they were kept.
    private static (long Plain, long Encrypted, StoredClients? Kept) EncryptClients(List<PseudonymisedClient> clients, ClientBook book, CandidateSecret secret, string? keepClientsAt)
    {
        var plain = ClientRecordCodec.Length(clients, helper: null);
        if (keepClientsAt is null)
        {
            return (plain, ChunkedCipher.Encrypt(plain, plaintext => ClientRecordCodec.Write(clients, plaintext, helper: null),
                secret.DataKey, BookContent.Context(book.Id, BookContentKind.Clients)).Length, null);
        }

        using (var file = File.Create(keepClientsAt))
            ChunkedCipher.Encrypt(plaintext => ClientRecordCodec.Write(clients, plaintext), file, secret.DataKey, BookContent.Context(book.Id, BookContentKind.Clients));
        return (plain, new FileInfo(keepClientsAt).Length, new StoredClients(keepClientsAt, secret.DataKey.ToArray(), book.Id, BookFacts.Of(book), clients.Count));
    }

    /// <summary>
    /// Scores a book again from its stored clients, as a rescoring would: the records decrypted from the file and
    /// decoded as the engine reads them, then the report's JSON and its encryption. Returns the clients scored and the JSON's size.
    /// </summary>
    public static (int Clients, long ReportBytes) ScoreStored(StoredClients stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var file = File.OpenRead(stored.Path);
        using var plaintext = ChunkedCipher.OpenDecrypting(file, stored.DataKey, BookContent.Context(stored.BookId, BookContentKind.Clients));
        // Straight from the decoder into the engine, as the portal rescores: the decoded clients are never a list.
        var report = ScoringEngine.Score(ClientRecordCodec.Read(plaintext), stored.Facts, AsOf, new ScoringSettings(), IsicTaxonomy.Instance,
            RateTable.Reference, stored.Clients);
        var json = JsonSerializer.SerializeToUtf8Bytes(report, Json);
        using var sink = new CountingStream();
        using (var reportPlain = new MemoryStream(json, writable: false))
            ChunkedCipher.Encrypt(reportPlain, sink, stored.DataKey, BookContent.Context(stored.BookId, BookContentKind.Report));
        return (report.Clients, json.Length);
    }

    // As on an idle portal (Offload.HelperWhenIdle): no request waits, so every batch takes a second thread.
    private static Task? IdleHelper(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static BookInspection Inspect(byte[] content, BookReadOptions options)
    {
        using var stream = new MemoryStream(content, writable: false);
        return BookInspector.Inspect(stream, options);
    }
}

using System.ComponentModel.DataAnnotations;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>Settings under <c>Import</c>: how large a client book may be. Each limit protects the server's memory or time.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// Largest upload accepted. 25 MB holds a salesperson's real book with room to spare (a CRM export of 100,000
    /// clients is about 23 MB of CSV, a 250,000-row xlsx about 24 MB); a larger file is refused with 413 on a page
    /// naming the limit. The whole file is held in memory while it is read, about three times its size during the
    /// upload (the form, the file, its ciphertext), so raise it only with the memory for it.
    /// </summary>
    [Range(1, MaxUploadMegabytesAllowed)]
    public int MaxUploadMegabytes { get; set; } = 25;

    /// <summary>The most <see cref="MaxUploadMegabytes"/> may be set to: the largest file the benchmarks upload (a million-row CSV, 230 MB) with room.</summary>
    public const int MaxUploadMegabytesAllowed = 512;

    /// <summary>Data rows below the header; Excel's own maximum by default.</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; set; } = 1_048_576;

    /// <summary>Sum of an xlsx's declared uncompressed sizes; beyond it the file is treated as a zip bomb.</summary>
    [Range(1, 4096)]
    public int MaxUncompressedMegabytes { get; set; } = 256;

    /// <summary>
    /// Imports this node runs at once. Each keeps a core busy and holds one book's clients in memory (about 2 KB a
    /// client at the peak), so more workers than cores slows the pages down. 0: this node runs none and only serves pages.
    /// </summary>
    [Range(0, 16)]
    public int Workers { get; set; } = 2;

    /// <summary>
    /// Books this node reads at once for their mapping page (at upload, or when the candidate picks another sheet or
    /// header row). Each holds its file and one reading in memory; more wait their turn.
    /// </summary>
    [Range(1, 16)]
    public int MaxConcurrentInspections { get; set; } = 2;

    /// <summary>Imports one candidate may have queued or running; one more is refused with a message.</summary>
    [Range(1, 20)]
    public int MaxJobsPerCandidate { get; set; } = 3;

    /// <summary>Imports waiting in the whole portal; beyond it new ones are refused until the queue drains.</summary>
    [Range(1, 10_000)]
    public int MaxQueuedJobs { get; set; } = 100;

    /// <summary>
    /// How long a node's claim on a running import lasts without being renewed (it renews a few times a lease). When a
    /// node dies, its imports are failed this long after its last sign of life. Too short and a busy node loses its own imports.
    /// </summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often an idle worker looks for queued imports of other nodes; its own node wakes it at once.</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 2000;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>Room above the upload limit for the form's other fields, so a file just over it gets the page's own message.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>The largest request body (a form with its file) the portal reads; larger ones are refused with 413 unread.</summary>
    public long MaxRequestBytes => MaxUploadBytes + FormOverheadBytes;

    public BookLimits Limits() => new()
    {
        MaxRows = MaxRows,
        MaxUncompressedBytes = MaxUncompressedMegabytes * 1024L * 1024L,
    };
}

using System.ComponentModel.DataAnnotations;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>Settings under <c>Import</c>: how large a client book may be. Each limit protects the server's memory or time.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest upload accepted. The whole file is held in memory while it is read.</summary>
    [Range(1, 200)]
    public int MaxUploadMegabytes { get; set; } = 25;

    /// <summary>Data rows below the header; Excel's own maximum by default.</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; set; } = 1_048_576;

    /// <summary>Sum of an xlsx's declared uncompressed sizes; beyond it the file is treated as a zip bomb.</summary>
    [Range(1, 4096)]
    public int MaxUncompressedMegabytes { get; set; } = 256;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    public BookLimits Limits() => new()
    {
        MaxRows = MaxRows,
        MaxUncompressedBytes = MaxUncompressedMegabytes * 1024L * 1024L,
    };
}

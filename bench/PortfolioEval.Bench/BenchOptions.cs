using System.Globalization;

namespace PortfolioEval.Bench;

/// <summary>The command line of the benchmark.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/PortfolioEval.Bench -- [options]
          --sizes N,N,...   data rows per book (default 10000,100000; the full run is 10000,100000,1000000)
          --formats F,...   any of xlsx, xlsx-inline, xls, csv, xlsx-sales (default: the first four)
          --runs N          measured runs per book after one warm-up (default 3); medians are reported
          --work DIR        where the books are written (default: a new temporary folder, deleted at the end)
          --keep            keep the books instead of deleting them
          --rescoring-only  per book, one unmeasured import to store its clients, then only the rescoring is measured
          --profile         with --rescoring-only: one more, unmeasured rescoring that prints where its heap goes
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [10_000, 100_000];

    public IReadOnlyList<BenchFormat> Formats { get; init; } = [BenchFormat.Xlsx, BenchFormat.XlsxInline, BenchFormat.Xls, BenchFormat.Csv];

    public int Runs { get; init; } = 3;

    public string? Work { get; init; }

    public bool Keep { get; init; }

    /// <summary>Issue 13's memory figure alone: the import runs once (not measured) to store the clients, then only
    /// their rescoring is measured; minutes instead of the better part of an hour for a million rows on a busy machine.</summary>
    public bool RescoringOnly { get; init; }

    /// <summary>With <see cref="RescoringOnly"/>: one more rescoring, not measured, printing the live heap after each of
    /// its steps (a full collection before each reading), so a peak can be put down to what holds it.</summary>
    public bool Profile { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = List(Value(), Size) },
                "--formats" => options with { Formats = List(Value(), ParseFormat) },
                "--runs" => options with { Runs = Positive(Value(), "--runs") },
                "--work" => options with { Work = Value() },
                "--keep" => options with { Keep = true },
                "--rescoring-only" => options with { RescoringOnly = true },
                "--profile" => options with { Profile = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static List<T> List<T>(string text, Func<string, T> parse) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).Distinct().ToList();

    // An xlsx sheet holds 1,048,576 rows, the header included.
    private static int Size(string text) => Positive(text, "--sizes") is var n and < 1_048_576
        ? n
        : throw new ArgumentException("A size must be between 1 and 1048575 rows.");

    private static int Positive(string text, string option) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : throw new ArgumentException($"{option} takes positive whole numbers, not \"{text}\".");

    private static BenchFormat ParseFormat(string text) => text switch
    {
        "xlsx" => BenchFormat.Xlsx,
        "xlsx-inline" => BenchFormat.XlsxInline,
        "xls" => BenchFormat.Xls,
        "csv" => BenchFormat.Csv,
        "xlsx-sales" => BenchFormat.XlsxSales,
        _ => throw new ArgumentException($"Unknown format {text}."),
    };
}

/// <summary>The kinds of book the benchmark writes: the four, and a sales export.</summary>
public enum BenchFormat
{
    /// <summary>xlsx with a shared-strings table, as Excel writes it.</summary>
    Xlsx,

    /// <summary>xlsx with inline strings, as many exporters write it.</summary>
    XlsxInline,

    /// <summary>Binary Excel 97-2003, converted by LibreOffice, at most 65,535 data rows.</summary>
    Xls,

    /// <summary>UTF-8 CSV in Spanish Excel style: ';' delimited, "1.234,56".</summary>
    Csv,

    /// <summary>
    /// A sales export (xlsx, shared strings): seven rows a client, merged into one client each. Not one of the issue's
    /// four: it shows what rows cost when they are not new clients.
    /// </summary>
    XlsxSales,
}

using System.Globalization;
using PortfolioEval.SampleBooks.Books;
using PortfolioEval.SampleBooks.Generation;

namespace PortfolioEval.SampleBooks;

/// <summary>The file formats one generated book can take.</summary>
public enum OutputFormat
{
    Xlsx,
    XlsxInline,
    Csv,
    CsvLatin1,
}

/// <summary>
/// The command line. With none of --rows, --format, --language or --transactional it writes the standard sample set;
/// with any of them, one book.
/// </summary>
public sealed record SampleOptions
{
    public const string Usage = """
        Usage: PortfolioEval.SampleBooks [--out DIR] [--seed N] [--as-of yyyy-mm-dd]
                                         [--rows N] [--format xlsx|xlsx-inline|csv|csv-latin1]
                                         [--language es|en] [--transactional]
          No book options: writes the standard sample set to DIR (default: samples/ at the repository root).
          Any book option: writes one book of N rows (default 1000) to DIR (default: current folder).
        """;

    public string? Out { get; init; }

    public int Seed { get; init; } = SampleSet.Seed;

    public DateOnly AsOf { get; init; } = SampleSet.AsOf;

    /// <summary>True when any option describing a single book was given.</summary>
    public bool SingleBook { get; init; }

    public int Rows { get; init; } = 1000;

    public OutputFormat Format { get; init; } = OutputFormat.Xlsx;

    public Language Language { get; init; } = Language.Es;

    public bool Transactional { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SampleOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--out" => options with { Out = Value() },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--as-of" => options with { AsOf = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--rows" => options with { Rows = RowCount(Value()), SingleBook = true },
                "--format" => options with { Format = ParseFormat(Value()), SingleBook = true },
                "--language" => options with { Language = ParseLanguage(Value()), SingleBook = true },
                "--transactional" => options with { Transactional = true, SingleBook = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    // An xlsx sheet holds 1,048,576 rows, the header included.
    private static int RowCount(string text) => int.Parse(text, CultureInfo.InvariantCulture) is var n and >= 1 and < 1_048_576
        ? n
        : throw new ArgumentException("--rows must be between 1 and 1048575.");

    private static OutputFormat ParseFormat(string text) => text switch
    {
        "xlsx" => OutputFormat.Xlsx,
        "xlsx-inline" => OutputFormat.XlsxInline,
        "csv" => OutputFormat.Csv,
        "csv-latin1" => OutputFormat.CsvLatin1,
        _ => throw new ArgumentException($"Unknown format {text}."),
    };

    private static Language ParseLanguage(string text) => text switch
    {
        "es" => Language.Es,
        "en" => Language.En,
        _ => throw new ArgumentException($"Unknown language {text}."),
    };
}

using System.Globalization;
using System.Runtime.CompilerServices;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>
/// The CDNOW sample of the BG/NBD and Gamma-Gamma papers (Data/cdnow, MIT): 2,357 clients who first bought in the
/// first quarter of 1997, all their purchases to 1998-06-30. Calibration 1997-01-01 to 1997-09-30, holdout the next 39
/// weeks.
/// </summary>
public static class Cdnow
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);
    public static readonly DateOnly HoldoutEnd = new(1998, 6, 30);
    public const double HoldoutWeeks = 39;

    /// <summary>The published summary (frequency, recency, T in weeks), as the BG/NBD paper fitted it.</summary>
    public static IReadOnlyList<ClientHistory> Summary() => Lazy.Summary;

    /// <summary>The 6,919 transactions: sample id, date, dollar value.</summary>
    public static IReadOnlyList<Purchase> Purchases() => Lazy.Purchases;

    /// <summary>The tests' source folder, where the data and the docs are found from any output folder.</summary>
    public static string SourcePath(params string[] parts) =>
        Path.GetFullPath(Path.Combine([Path.GetDirectoryName(ThisFile())!, .. parts]));

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static class Lazy
    {
        public static readonly IReadOnlyList<ClientHistory> Summary = [.. File.ReadLines(SourcePath("Data", "cdnow", "cdnow_customers_summary.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new ClientHistory(int.Parse(f[1], CultureInfo.InvariantCulture), Number(f[2]), Number(f[3]), 0))];

        public static readonly IReadOnlyList<Purchase> Purchases = [.. File.ReadLines(SourcePath("Data", "cdnow", "CDNOW_sample.txt"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => new Purchase(f[1], DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture), decimal.Parse(f[4], CultureInfo.InvariantCulture)))];

        private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }
}

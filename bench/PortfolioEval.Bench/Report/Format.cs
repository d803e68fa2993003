using System.Globalization;

namespace PortfolioEval.Bench.Report;

/// <summary>How figures are written: invariant culture, units a reader takes in at a glance.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Time(TimeSpan time) => time.TotalSeconds >= 1
        ? time.TotalSeconds.ToString("0.00 's'", Invariant)
        : time.TotalMilliseconds.ToString("0 'ms'", Invariant);

    /// <summary>Decimal megabytes (10^6 bytes), as the "300 MB" reads.</summary>
    public static string Megabytes(long bytes) => bytes >= 10_000_000_000
        ? (bytes / 1e9).ToString("0.0 'GB'", Invariant)
        : (bytes / 1e6).ToString(bytes >= 10_000_000 ? "0 'MB'" : "0.0 'MB'", Invariant);

    /// <summary>Decimal kilobytes (10^3 bytes).</summary>
    public static string Kilobytes(long bytes) => (bytes / 1e3).ToString(bytes >= 100_000 ? "0 'kB'" : "0.0 'kB'", Invariant);

    public static string Percent(double share) => share.ToString("0%", Invariant);

    public static string Ratio(double ratio) => ratio.ToString(ratio >= 10 ? "0'x'" : "0.0'x'", Invariant);

    public static string Count(double count) => count.ToString("N0", Invariant);

    public static string Verdict(bool? met) => met switch
    {
        true => "met",
        false => "NOT met",
        null => "(info)",
    };
}

using System.Diagnostics;

namespace PortfolioEval.Bench.Books;

/// <summary>Converts an xlsx to Excel 97-2003 with a headless LibreOffice, the only xls writer at hand on Linux.</summary>
public static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>The converted file's path, or null with the reason.</summary>
    public static string? ConvertToXls(string soffice, string xlsx, string outFolder, out string? problem)
    {
        // A private profile: a desktop LibreOffice left open, or a second run, would otherwise hold the profile lock.
        var profile = Path.Combine(outFolder, "lo-profile");
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                "--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}",
                "--convert-to", "xls", "--outdir", outFolder, xlsx,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            problem = $"no result within {Timeout.TotalMinutes} minutes";
            return null;
        }

        var output = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(xlsx) + ".xls");
        problem = File.Exists(output) ? null : $"exit code {process.ExitCode}: {errors.Result.Trim()}";
        return problem is null ? output : null;
    }
}

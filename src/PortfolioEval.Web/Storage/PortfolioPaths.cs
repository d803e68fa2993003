namespace PortfolioEval.Web.Storage;

/// <summary>
/// Where the portal finds its static files, its privacy notice and its data folder. In a clone these sit at the
/// repository root, beside the solution; in a published app they sit beside the binaries.
/// </summary>
public static class PortfolioPaths
{
    private const string SolutionFile = "PortfolioEval.sln";

    /// <summary>
    /// Configuration key of the data folder (database, DataProtection keys, email outbox). Relative paths are from
    /// the content root; empty means <c>data/</c> at the root. Moving it without its contents loses every account
    /// and makes every cookie and protected value unreadable.
    /// </summary>
    public const string DataDirectoryKey = "Portfolio:DataDirectory";

    /// <summary>The repository root when running from a clone, else the application's own folder.</summary>
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }

    public static string WebRoot(string contentRoot)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(published) ? published : Path.Combine(Root(contentRoot), "wwwroot");
    }

    /// <summary>The data folder: configured, or <c>data/</c> at the root. Never inside the web root; on Unix, the portal user's alone.</summary>
    public static string DataDirectory(string contentRoot, string? configured)
    {
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Root(contentRoot), "data")
            : Path.GetFullPath(configured, contentRoot);
        var webRoot = Path.GetFullPath(WebRoot(contentRoot));
        if (Path.GetFullPath(path).StartsWith(webRoot, StringComparison.Ordinal))
            throw new InvalidOperationException("The data folder must not be inside the web root.");
        return Storage.PrivateFiles.CreateFolder(path);
    }
}

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>The sample client books committed in the repository's <c>samples/</c> folder.</summary>
public static class Samples
{
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"samples/{name} not found above {AppContext.BaseDirectory}.");
    }
}

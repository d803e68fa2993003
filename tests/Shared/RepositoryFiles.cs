namespace PortfolioEval.Testing;

/// <summary>Files of the repository the tests run from: they sit above bin/, beside PortfolioEval.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SamplesFolder => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(SamplesFolder, name);

    public static byte[] ReadSample(string name) => File.ReadAllBytes(Sample(name));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PortfolioEval.sln")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException("PortfolioEval.sln not found above " + AppContext.BaseDirectory + ": run the tests from a clone.");
    }
}

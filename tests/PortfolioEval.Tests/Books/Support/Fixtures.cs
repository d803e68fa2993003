using System.Runtime.CompilerServices;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>
/// Reads the committed sample files next to the tests' sources, so no build item has to copy them.
/// </summary>
internal static class Fixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder(), "..", "Fixtures", name));

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}

using System.Text;

namespace PortfolioEval.Tests.Storage;

/// <summary>Searches every byte of a folder's files for text, in UTF-8 and UTF-16, as someone with the disk would.</summary>
internal static class DataFolder
{
    public static IReadOnlyList<string> FilesContaining(string folder, string text, DateTime? modifiedSince = null)
    {
        var needles = new[] { Encoding.UTF8.GetBytes(text), Encoding.Unicode.GetBytes(text) };
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            var info = new FileInfo(file);
            // An empty file holds nothing, and a named pipe (every .NET process leaves its debugger's in the temp
            // folder) reports no length and would block the read until someone writes to it.
            if ((modifiedSince is { } since && info.LastWriteTimeUtc < since) || info.Length == 0 || info.Length > 200 * 1024 * 1024)
                continue;
            byte[] bytes;
            try
            {
                bytes = ReadShared(file);
            }
            catch (IOException)
            {
                continue;
            }
            if (needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
                hits.Add(file);
        }
        return hits;
    }

    // The database files are open by the portal: read them without asking for exclusive access.
    private static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

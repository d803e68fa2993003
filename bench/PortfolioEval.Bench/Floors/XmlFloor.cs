using System.IO.Compression;
using System.Xml;

namespace PortfolioEval.Bench.Floors;

/// <summary>
/// The least any xlsx reader must do: inflate the shared-strings part (if any) and each worksheet, and pass one
/// XmlReader over them, touching every text node. Nothing is kept or converted.
/// </summary>
public static class XmlFloor
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>The number of characters of text read, so the work cannot be optimised away.</summary>
    public static long Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        long characters = 0;
        foreach (var entry in zip.Entries.Where(IsCellData))
        {
            using var xml = XmlReader.Create(entry.Open(), Settings);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Text)
                    characters += xml.Value.Length;
            }
        }

        return characters;
    }

    private static bool IsCellData(ZipArchiveEntry entry) =>
        entry.FullName == "xl/sharedStrings.xml"
        || (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal));
}

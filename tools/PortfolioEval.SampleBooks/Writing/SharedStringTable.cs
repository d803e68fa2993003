using System.Xml;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>The workbook's shared strings: each distinct text once, cells refer to it by index.</summary>
internal sealed class SharedStringTable
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private long references;

    public int IndexOf(string text)
    {
        references++;
        if (!indexes.TryGetValue(text, out var index))
        {
            index = texts.Count;
            indexes.Add(text, index);
            texts.Add(text);
        }

        return index;
    }

    public void WriteTo(Stream entry)
    {
        using var xml = XmlWriter.Create(entry, XlsxSheetWriter.Settings);
        xml.WriteStartElement("sst", XlsxParts.MainNs);
        xml.WriteAttributeString("count", references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("uniqueCount", texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in texts)
        {
            xml.WriteStartElement("si");
            XlsxSheetWriter.WriteT(xml, text);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}

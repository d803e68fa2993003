namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// A string item (&lt;si&gt; or &lt;is&gt;) read by <see cref="XmlByteScanner"/>, by the rules of
/// <see cref="XlsxText.ReadItem"/>: its &lt;t&gt; and the &lt;t&gt; of its rich-text runs joined in order, phonetic runs
/// and run properties left out, spaces kept, escapes (_xHHHH_) left for <see cref="XlsxText.Unescape"/>.
/// </summary>
internal sealed class XlsxItemReader
{
    private byte[] joined = new byte[256];

    /// <summary>The item's text as UTF-8, valid until the next call; the scanner is left after the item's end tag.</summary>
    public ReadOnlySpan<byte> Read(XmlByteScanner xml)
    {
        if (xml.IsEmptyElement)
            return [];
        var length = 0;
        var depth = xml.Depth;
        while (true)
        {
            if (xml.Next() == XmlNode.EndElement)
            {
                if (xml.Depth < depth)
                    return joined.AsSpan(0, length);
                continue; // the end of a run
            }

            var name = xml.LocalName;
            if (name.SequenceEqual("t"u8))
            {
                var text = xml.ReadContent();
                if (length + text.Length > joined.Length)
                    Array.Resize(ref joined, Math.Max(joined.Length * 2, length + text.Length));
                text.CopyTo(joined.AsSpan(length));
                length += text.Length;
            }
            else if (!name.SequenceEqual("r"u8))
                xml.Skip(); // run properties, rPh, phoneticPr: not text; a run is read into, its <t> after its properties
        }
    }
}

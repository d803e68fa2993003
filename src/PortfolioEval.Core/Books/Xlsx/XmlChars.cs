using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// Reads an attribute's or an element's text as characters into one reusable buffer, so a sheet's millions of
/// references, types, styles and numbers are parsed where they lie instead of each becoming a string first. A span
/// it returns is valid until the next read.
/// </summary>
internal sealed class XmlChars
{
    // Grows to the longest value read.
    private char[] buffer = new char[64];

    /// <summary>The value of the attribute the reader is on.</summary>
    public ReadOnlySpan<char> Value(XmlReader reader) => buffer.AsSpan(0, Append(reader, 0));

    /// <summary>
    /// The text of the element the reader is on (its text, CDATA and whitespace nodes joined, as
    /// <see cref="XmlReader.ReadElementContentAsString()"/> joins them); leaves the reader after the element. An
    /// element inside is refused, as ReadElementContentAsString refuses it.
    /// </summary>
    /// <exception cref="XmlException">The element holds an element.</exception>
    public ReadOnlySpan<char> Content(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return [];
        }

        var length = 0;
        reader.Read();
        while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType == XmlNodeType.Element)
                throw new XmlException($"A value holds an element ({reader.LocalName}).");
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                length = Append(reader, length);
            reader.Read();
        }

        reader.Read();
        return buffer.AsSpan(0, length);
    }

    // Appends the current node's value from `length` on; the new length.
    private int Append(XmlReader reader, int length)
    {
        while (true)
        {
            if (length == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            var read = reader.ReadValueChunk(buffer, length, buffer.Length - length);
            if (read == 0)
                return length;
            length += read;
        }
    }
}

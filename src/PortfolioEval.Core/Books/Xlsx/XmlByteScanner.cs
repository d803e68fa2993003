using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// A forward reader of an XML part's UTF-8 bytes, streamed from its inflater through one reused buffer: start and end
/// tags with their attributes, and an element's text on request; text between tags is checked and passed over.
/// It owes the candidate what an XML parser owes them and refuses, with an <see cref="XmlDamageException"/>, a part that
/// is not well-formed: unbalanced or misnamed tags, a part cut short, an entity XML does not define, a character
/// reference to a character XML cannot hold, a control character, bytes that are not UTF-8, text outside the root, a
/// document type declaration, a malformed comment, CDATA section or processing instruction, a repeated attribute.
/// Not checked: that a name's prefix was declared (names are matched by their local part, as the readers always did),
/// and the characters U+FFFE and U+FFFF. A part in another encoding (<see cref="IsUtf8"/> false) is for
/// <see cref="System.Xml.XmlReader"/>. Spans it returns are valid until the next call.
/// </summary>
internal sealed partial class XmlByteScanner
{
    private const int ChunkBytes = 64 * 1024;

    // Where text stops being plain: markup, references, a line end to normalise, a possible "]]>", a control character.
    private static readonly SearchValues<byte> TextStops = SearchValues.Create(
        [(byte)'<', (byte)'&', (byte)'\r', (byte)']', 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> AttributeStops = SearchValues.Create(
        [(byte)'<', (byte)'&', (byte)'\t', (byte)'\n', (byte)'\r', 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    // Name characters of XML as bytes: ASCII letters, digits, "_-.:" and every byte of a multi-byte UTF-8 character.
    private static readonly SearchValues<byte> NameBytes = SearchValues.Create(
        [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:"u8, .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    private static readonly bool[] IsNameByte = Table(NameBytes);
    private static readonly bool[] IsAttributeStop = Table(AttributeStops);
    private static readonly bool[] IsTextStop = Table(TextStops);

    private readonly Stream stream;
    private byte[] buffer = new byte[ChunkBytes];
    private int position; // the next byte to read
    private int end;      // bytes of the buffer checked as UTF-8
    private int filled;   // bytes of the buffer read from the stream (past `end`: a character not yet whole, or bad bytes)
    private long discarded; // bytes of the part before buffer[0]
    private bool endOfStream;
    private bool badBytes;  // the bytes at `end` are not UTF-8

    // The open elements' qualified names, one after the other.
    private byte[] openNames = new byte[256];
    private int[] openEnds = new int[16];
    private bool rootSeen;

    // The current start tag: its name, whether it closes itself, and its attributes.
    private int nameStart, nameLength, localStart;
    private Attribute[] attributes = new Attribute[8];
    private byte[] decodedValues = new byte[64]; // attribute values with references or line ends, decoded
    private int decodedLength;

    // An element's text when it holds references, CDATA, comments or line ends.
    private byte[] text = new byte[256];

    public XmlByteScanner(Stream stream)
    {
        this.stream = stream;
        while (filled < 4 && !endOfStream)
            Read();
        var head = buffer.AsSpan(0, filled);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            position = 3;
        documentStart = position;
        IsUtf8 = !(head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith("\0<"u8) || head.StartsWith("<\0"u8))
                 && DeclaredEncodingIsUtf8();
    }

    /// <summary>False when the part is in UTF-16 or declares an encoding other than UTF-8: this scanner does not read it.</summary>
    public bool IsUtf8 { get; }

    /// <summary>The open elements, the current one included when it does not close itself.</summary>
    public int Depth { get; private set; }

    /// <summary>The current start tag closes itself (&lt;c r="A1"/&gt;).</summary>
    public bool IsEmptyElement { get; private set; }

    /// <summary>The current tag's name without its prefix.</summary>
    public ReadOnlySpan<byte> LocalName => buffer.AsSpan(localStart, nameLength - (localStart - nameStart));

    public int AttributeCount { get; private set; }

    /// <summary>Where the reading is, in bytes of the part.</summary>
    public long Offset => discarded + position;

    /// <summary>The next start or end tag (text between is checked and passed over); <see cref="XmlNode.End"/> once the root has closed and nothing but comments and whitespace followed.</summary>
    public XmlNode Next()
    {
        while (true)
        {
            if (!SkipText())
            {
                if (Depth == 0 && rootSeen)
                    return XmlNode.End;
                throw Damage(rootSeen ? "the part ends before its elements are closed" : "the part holds no element", truncated: rootSeen);
            }

            if (!Available(2))
                throw Damage("the part ends inside a tag", truncated: true);
            switch (buffer[position + 1])
            {
                case (byte)'/':
                    ReadEndTag();
                    return XmlNode.EndElement;
                case (byte)'!':
                    SkipDeclaration();
                    break;
                case (byte)'?':
                    SkipInstruction();
                    break;
                default:
                    ReadStartTag();
                    return XmlNode.StartElement;
            }
        }
    }

    /// <summary>Passes over the current element's content, to after its end tag.</summary>
    public void Skip()
    {
        if (IsEmptyElement)
            return;
        var depth = Depth;
        while (Depth >= depth)
            Next();
    }

    /// <summary>Reads to the end of the part, checking what is left.</summary>
    public void ReadToEnd()
    {
        while (Next() != XmlNode.End)
        {
        }
    }

    /// <summary>The value of the current tag's i-th attribute, decoded.</summary>
    public ReadOnlySpan<byte> AttributeValue(int i)
    {
        ref var a = ref attributes[i];
        return (a.Decoded ? decodedValues : buffer).AsSpan(a.Value, a.ValueLength);
    }

    public ReadOnlySpan<byte> AttributeLocalName(int i) => buffer.AsSpan(attributes[i].Local, attributes[i].NameLength - (attributes[i].Local - attributes[i].Name));

    /// <summary>The value of the attribute whose qualified name is <paramref name="name"/>, as XmlReader.MoveToAttribute finds it.</summary>
    public bool TryGetAttribute(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            if (buffer.AsSpan(attributes[i].Name, attributes[i].NameLength).SequenceEqual(name))
            {
                value = AttributeValue(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    // At most `count` more bytes at `position`, reading more if needed; false when the part ends first.
    private bool Available(int count)
    {
        while (end - position < count)
        {
            if (!Fill())
                return false;
        }

        return true;
    }

    // Moves the unread bytes to the front (growing the buffer when they fill it) and reads more. False at the part's end.
    private bool Fill()
    {
        if (badBytes)
            throw Damage("bytes that are not UTF-8");
        if (endOfStream)
        {
            if (end < filled)
                throw Damage("bytes that are not UTF-8 (a character cut short)");
            return false;
        }

        if (position > 0)
        {
            Buffer.BlockCopy(buffer, position, buffer, 0, filled - position);
            discarded += position;
            end -= position;
            filled -= position;
            position = 0;
        }

        if (filled == buffer.Length)
            Array.Resize(ref buffer, buffer.Length * 2);
        Read();
        return true;
    }

    private void Read()
    {
        var read = stream.Read(buffer, filled, buffer.Length - filled);
        if (read == 0)
        {
            endOfStream = true;
            return;
        }

        filled += read;
        Validate();
    }

    // Moves `end` over the new bytes that are whole UTF-8 characters; stops at the first that is not UTF-8.
    private void Validate()
    {
        var fresh = buffer.AsSpan(end, filled - end);
        if (Utf8.IsValid(fresh))
        {
            end = filled;
            return;
        }

        var cut = CutCharacter(fresh);
        if (cut > 0 && Utf8.IsValid(fresh[..^cut]))
        {
            end = filled - cut;
            return;
        }

        var at = 0;
        while (Rune.DecodeFromUtf8(fresh[at..], out _, out var consumed) == OperationStatus.Done)
            at += consumed;
        end += at;
        badBytes = true;
    }

    // The bytes at the end that begin a character the read cut (1 to 3), or 0.
    private static int CutCharacter(ReadOnlySpan<byte> bytes)
    {
        for (var k = 1; k <= Math.Min(3, bytes.Length); k++)
        {
            var b = bytes[^k];
            if ((b & 0xC0) == 0x80)
                continue;
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > k ? k : 0;
        }

        return 0;
    }

    private static bool[] Table(SearchValues<byte> values) => [.. Enumerable.Range(0, 256).Select(b => values.Contains((byte)b))];

    private XmlDamageException Damage(string reason, bool truncated = false) => new(reason, Offset, truncated);

    private bool DeclaredEncodingIsUtf8()
    {
        var head = buffer.AsSpan(position, filled - position);
        if (!head.StartsWith("<?xml"u8))
            return true;
        var close = head.IndexOf("?>"u8);
        var declaration = close < 0 ? head : head[..close];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
            return true;
        var rest = declaration[(at + 8)..].TrimStart(" \t\r\n="u8);
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
            return true; // malformed: the declaration's own check refuses it
        var value = rest[1..];
        var quote = value.IndexOf(rest[0]);
        return quote >= 0 && Ascii.EqualsIgnoreCase(value[..quote], "utf-8"u8);
    }

    private struct Attribute
    {
        public int Name, NameLength, Local, Value, ValueLength;
        public bool Decoded;
    }
}

/// <summary>What <see cref="XmlByteScanner.Next"/> stopped at.</summary>
internal enum XmlNode
{
    End,
    StartElement,
    EndElement,
}

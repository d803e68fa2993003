using System.Text;

namespace PortfolioEval.Books.Xlsx;

// Text: passed over between tags, or read as an element's content; references and line ends as XML defines them.
internal sealed partial class XmlByteScanner
{
    private int textLength;
    private bool afterCarriageReturn; // the last byte appended was a CR made LF: an LF right after it is the same line end

    /// <summary>
    /// The current element's text: its text and CDATA joined, references replaced, line ends made LF, comments and
    /// processing instructions left out, as <see cref="System.Xml.XmlReader.ReadElementContentAsString()"/> reads it.
    /// Leaves the scanner after the element's end tag. An element inside is refused, as that method refuses it.
    /// </summary>
    public ReadOnlySpan<byte> ReadContent()
    {
        if (IsEmptyElement)
            return [];

        // Plain text up to the end tag is read where it lies.
        var scanned = 0;
        int at;
        while (true)
        {
            var stop = StopIn(position + scanned);
            if (stop < 0)
            {
                scanned = end - position;
                if (!Fill())
                    throw Damage("the part ends inside a value", truncated: true);
                continue;
            }

            at = position + scanned + stop;
            if (buffer[at] != (byte)'<')
                break;
            if (at + 1 < end && buffer[at + 1] != (byte)'/')
                break;
            var after = at + 1 < end ? TryEndTag(at) : -1;
            if (after >= 0)
            {
                var content = buffer.AsSpan(position, at - position);
                position = after;
                return content;
            }

            scanned = at - position;
            if (!Fill())
                throw Damage("the part ends inside a tag", truncated: true);
        }

        textLength = 0;
        afterCarriageReturn = false;
        AppendText(buffer.AsSpan(position, at - position));
        position = at;
        return ReadMixedContent();
    }

    // Where the next text stop is from `from` on, or -1: a value is mostly a few bytes, looked at one by one first.
    private int StopIn(int from)
    {
        var near = Math.Min(end, from + 32);
        for (var i = from; i < near; i++)
        {
            if (IsTextStop[buffer[i]])
                return i - from;
        }

        var stop = buffer.AsSpan(near, end - near).IndexOfAny(TextStops);
        return stop < 0 ? -1 : near - from + stop;
    }

    private ReadOnlySpan<byte> ReadMixedContent()
    {
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            var stop = span.IndexOfAny(TextStops);
            if (stop < 0)
            {
                AppendText(span);
                position = end;
                if (!Fill())
                    throw Damage("the part ends inside a value", truncated: true);
                continue;
            }

            AppendText(span[..stop]);
            position += stop;
            switch (buffer[position])
            {
                case (byte)'&':
                    // Reading the reference may move the buffer's bytes, and `position` with them: add after the call.
                    var length = ReadReference(out var character);
                    position += length;
                    AppendTo(ref text, ref textLength, character);
                    afterCarriageReturn = false;
                    break;
                case (byte)'\r':
                case (byte)']':
                    if (buffer[position] == (byte)']' && IsCdataEnd())
                        throw Damage("\"]]>\" in text");
                    AppendText(buffer.AsSpan(position, 1));
                    position++;
                    break;
                case (byte)'<':
                    if (!Available(2))
                        throw Damage("the part ends inside a tag", truncated: true);
                    afterCarriageReturn = false;
                    if (buffer[position + 1] == (byte)'/')
                    {
                        ReadEndTag();
                        return text.AsSpan(0, textLength);
                    }

                    if (buffer[position + 1] == (byte)'?')
                        SkipInstruction();
                    else if (buffer[position + 1] != (byte)'!')
                        throw Damage("a value that holds an element");
                    else if (Available(9) && buffer.AsSpan(position).StartsWith("<![CDATA["u8))
                    {
                        position += 9;
                        AppendCdata();
                    }
                    else
                        SkipDeclaration();
                    break;
                default:
                    throw Damage("a control character");
            }
        }
    }

    // Text between tags: checked, then passed over. False when the part ends first.
    private bool SkipText()
    {
        if (position < end && buffer[position] == (byte)'<')
            return true; // tags one after the other: the usual case
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            if (Depth == 0)
            {
                var at = span.IndexOfAnyExcept(Whitespace);
                if (at < 0)
                {
                    position = end;
                    if (!Fill())
                        return false;
                    continue;
                }

                position += at;
                if (buffer[position] != (byte)'<')
                    throw Damage("text outside the root element");
                return true;
            }

            var stop = span.IndexOfAny(TextStops);
            if (stop < 0)
            {
                position = end;
                if (!Fill())
                    return false;
                continue;
            }

            position += stop;
            switch (buffer[position])
            {
                case (byte)'<':
                    return true;
                case (byte)'&':
                    var length = ReadReference(out _);
                    position += length;
                    break;
                case (byte)']':
                    if (IsCdataEnd())
                        throw Damage("\"]]>\" in text");
                    position++;
                    break;
                case (byte)'\r':
                    position++;
                    break;
                default:
                    throw Damage("a control character");
            }
        }
    }

    private bool IsCdataEnd() => Available(3) && buffer[position + 1] == (byte)']' && buffer[position + 2] == (byte)'>';

    // The reference at `position`: its character and its length in bytes.
    private int ReadReference(out int character)
    {
        Available(12); // the longest reference, "&#x0010FFFF;", or what is left of the part
        var span = buffer.AsSpan(position, Math.Min(end - position, 12));
        var consumed = Reference(span, out character);
        return consumed > 0 ? consumed : throw Damage(consumed == 0 ? "an '&' that starts no reference" : BadReference(span));
    }

    // A reference at the start of `span` ("&amp;", "&#233;", "&#xE9;"): its length, 0 when no ';' ends it in the span,
    // -1 when it names no entity XML defines or a character XML cannot hold.
    private static int Reference(ReadOnlySpan<byte> span, out int character)
    {
        character = 0;
        var semicolon = span[..Math.Min(span.Length, 12)].IndexOf((byte)';');
        if (semicolon < 0)
            return 0;
        var name = span[1..semicolon];
        if (name.Length > 1 && name[0] == (byte)'#')
        {
            var hex = name[1] == (byte)'x';
            var digits = name[(hex ? 2 : 1)..];
            if (digits.IsEmpty || digits.Length > 8)
                return -1;
            foreach (var b in digits)
            {
                var digit = b switch
                {
                    >= (byte)'0' and <= (byte)'9' => b - '0',
                    >= (byte)'a' and <= (byte)'f' when hex => b - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' when hex => b - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                    return -1;
                character = character * (hex ? 16 : 10) + digit;
            }

            return IsXmlCharacter(character) ? semicolon + 1 : -1;
        }

        character = name switch
        {
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ => -1,
        };
        return character < 0 ? -1 : semicolon + 1;
    }

    private static string BadReference(ReadOnlySpan<byte> span) =>
        span.Length > 1 && span[1] == (byte)'#' ? "a character reference to a character XML cannot hold" : "an entity XML does not define";

    private static bool IsXmlCharacter(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    // CDATA's bytes as they are (line ends normalised), to its "]]>".
    private void AppendCdata()
    {
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            var at = span.IndexOf("]]>"u8);
            var taken = at >= 0 ? at : Math.Max(0, span.Length - 2);
            if (span[..taken].IndexOfAny(Controls) >= 0)
                throw Damage("a control character");
            AppendText(span[..taken]);
            if (at >= 0)
            {
                position += at + 3;
                afterCarriageReturn = false;
                return;
            }

            position += taken;
            if (!Fill())
                throw Damage("the part ends inside CDATA", truncated: true);
        }
    }

    // Appends text as XML reads it: a CR LF or a lone CR becomes one LF.
    private void AppendText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        if (afterCarriageReturn && bytes[0] == (byte)'\n')
            bytes = bytes[1..];
        afterCarriageReturn = false;
        while (!bytes.IsEmpty)
        {
            var cr = bytes.IndexOf((byte)'\r');
            if (cr < 0)
            {
                AppendTo(ref text, ref textLength, bytes);
                return;
            }

            AppendTo(ref text, ref textLength, bytes[..cr]);
            AppendTo(ref text, ref textLength, (byte)'\n');
            bytes = bytes[(cr + 1)..];
            if (bytes.IsEmpty)
                afterCarriageReturn = true;
            else if (bytes[0] == (byte)'\n')
                bytes = bytes[1..];
        }
    }

    private static void AppendTo(ref byte[] target, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > target.Length)
            Array.Resize(ref target, Math.Max(target.Length * 2, length + bytes.Length));
        bytes.CopyTo(target.AsSpan(length));
        length += bytes.Length;
    }

    private static void AppendTo(ref byte[] target, ref int length, byte b) => AppendTo(ref target, ref length, [b]);

    private static void AppendTo(ref byte[] target, ref int length, int character)
    {
        Span<byte> utf8 = stackalloc byte[4];
        AppendTo(ref target, ref length, utf8[..new Rune(character).EncodeToUtf8(utf8)]);
    }
}

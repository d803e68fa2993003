namespace PortfolioEval.Books.Xlsx;

// Tags: names, attributes, the open elements, and the markup that is passed over (comments, instructions).
internal sealed partial class XmlByteScanner
{
    private long documentStart;

    private void ReadStartTag()
    {
        while (!TryStartTag())
        {
            if (!Fill())
                throw Damage("the part ends inside a tag", truncated: true);
        }
    }

    // Reads the start tag at `position` when it is whole in the buffer; false (nothing consumed) when it is not yet.
    private bool TryStartTag()
    {
        var i = position + 1;
        var length = NameAt(i);
        if (length < 0)
            return false;
        if (length == 0)
            throw Damage("a '<' that starts no tag");
        (nameStart, nameLength, localStart) = (i, length, LocalStart(i, length));
        i += length;
        AttributeCount = 0;
        decodedLength = 0;
        while (true)
        {
            var space = SpaceAt(i);
            i += space;
            if (i >= end)
                return false;
            var c = buffer[i];
            if (c == (byte)'>')
            {
                IsEmptyElement = false;
                i++;
                break;
            }

            if (c == (byte)'/')
            {
                if (i + 1 >= end)
                    return false;
                if (buffer[i + 1] != (byte)'>')
                    throw Damage("a '/' inside a tag");
                IsEmptyElement = true;
                i += 2;
                break;
            }

            if (space == 0)
                throw Damage("a tag's attributes not separated by spaces");
            var name = i;
            var nameBytes = NameAt(i);
            if (nameBytes < 0)
                return false;
            if (nameBytes == 0)
                throw Damage("a tag with a character that is neither a name nor its end");
            i += nameBytes;
            i += SpaceAt(i);
            if (i >= end)
                return false;
            if (buffer[i] != (byte)'=')
                throw Damage("an attribute without a value");
            i++;
            i += SpaceAt(i);
            if (i >= end)
                return false;
            var quote = buffer[i];
            if (quote is not ((byte)'"' or (byte)'\''))
                throw Damage("an attribute value without quotes");
            i++;
            var close = i;
            var plain = true;
            while (close < end && buffer[close] != quote)
                plain &= !IsAttributeStop[buffer[close++]];
            if (close == end)
                return false;
            AddAttribute(name, nameBytes, i, close - i, plain);
            var valueLength = close - i;
            i += valueLength + 1;
        }

        if (Depth == 0)
        {
            if (rootSeen)
                throw Damage("a second root element");
            rootSeen = true;
        }

        CheckPrefixes();
        if (!IsEmptyElement)
            Open(nameStart, nameLength);
        else
            ForgetPrefixes(Depth);
        position = i;
        return true;
    }

    private void AddAttribute(int name, int nameBytes, int value, int valueLength, bool plain)
    {
        for (var a = 0; a < AttributeCount; a++)
        {
            if (attributes[a].NameLength == nameBytes && buffer.AsSpan(attributes[a].Name, nameBytes).SequenceEqual(buffer.AsSpan(name, nameBytes)))
                throw Damage("an attribute given twice in one tag");
        }

        if (AttributeCount == attributes.Length)
            Array.Resize(ref attributes, attributes.Length * 2);
        ref var attribute = ref attributes[AttributeCount++];
        (attribute.Name, attribute.NameLength, attribute.Local) = (name, nameBytes, LocalStart(name, nameBytes));
        var raw = buffer.AsSpan(value, valueLength);
        if (plain)
            (attribute.Value, attribute.ValueLength, attribute.Decoded) = (value, valueLength, false);
        else
            (attribute.Value, attribute.ValueLength, attribute.Decoded) = (decodedLength, DecodeAttribute(raw), true);
    }

    // An attribute value as XML normalises it: references replaced, each line end and tab a space. Its decoded length.
    private int DecodeAttribute(ReadOnlySpan<byte> raw)
    {
        var start = decodedLength;
        for (var i = 0; i < raw.Length;)
        {
            var b = raw[i];
            if (b == (byte)'&')
            {
                var consumed = Reference(raw[i..], out var character);
                if (consumed <= 0)
                    throw Damage(consumed == 0 ? "an '&' that starts no reference" : BadReference(raw[i..]));
                AppendTo(ref decodedValues, ref decodedLength, character);
                i += consumed;
                continue;
            }

            if (b == (byte)'<')
                throw Damage("a '<' inside an attribute value");
            if (Controls.Contains(b))
                throw Damage("a control character");
            if (b == (byte)'\r' && i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                i++; // a CR LF is one line end
            AppendTo(ref decodedValues, ref decodedLength, b is (byte)'\t' or (byte)'\n' or (byte)'\r' ? (byte)' ' : b);
            i++;
        }

        return decodedLength - start;
    }

    private void ReadEndTag()
    {
        int after;
        while ((after = TryEndTag(position)) < 0)
        {
            if (!Fill())
                throw Damage("the part ends inside a tag", truncated: true);
        }

        position = after;
    }

    // Reads the end tag at `at` ("</") and closes its element: where it ends, or -1 when it is not whole in the buffer yet.
    private int TryEndTag(int at)
    {
        var i = at + 2;
        var length = NameAt(i);
        if (length < 0)
            return -1;
        if (length == 0)
            throw Damage("an end tag without a name");
        var name = buffer.AsSpan(i, length);
        i += length;
        i += SpaceAt(i);
        if (i >= end)
            return -1;
        if (buffer[i] != (byte)'>')
            throw Damage("an end tag that is not closed");
        if (Depth == 0)
            throw Damage("an end tag with no element open");
        var openStart = Depth > 1 ? openEnds[Depth - 2] : 0;
        if (!openNames.AsSpan(openStart, openEnds[Depth - 1] - openStart).SequenceEqual(name))
            throw Damage("an end tag that closes an element it did not open");
        (nameStart, nameLength, localStart) = (at + 2, length, LocalStart(at + 2, length));
        IsEmptyElement = false;
        Depth--;
        if (prefixes.Count > 0)
            ForgetPrefixes(Depth);
        return i + 1;
    }

    private void Open(int name, int length)
    {
        var start = Depth > 0 ? openEnds[Depth - 1] : 0;
        if (start + length > openNames.Length)
            Array.Resize(ref openNames, Math.Max(openNames.Length * 2, start + length));
        if (Depth == openEnds.Length)
            Array.Resize(ref openEnds, openEnds.Length * 2);
        buffer.AsSpan(name, length).CopyTo(openNames.AsSpan(start));
        openEnds[Depth++] = start + length;
    }

    // The length of the name at `at`; 0 when none starts there, -1 when it may go on past the bytes read so far.
    private int NameAt(int at)
    {
        // Names are a few bytes: a loop over a table beats a vectorised search's set-up.
        var i = at;
        while (i < end && IsNameByte[buffer[i]])
            i++;
        if (i == end)
            return -1;
        return i > at && buffer[at] is not ((byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9')) ? i - at : 0;
    }

    // Where the name's local part starts: after its prefix's ':', which may be neither first, last nor repeated.
    private int LocalStart(int name, int length)
    {
        var colon = -1;
        for (var i = name; i < name + length; i++)
        {
            if (buffer[i] == (byte)':')
            {
                colon = i - name;
                break;
            }
        }

        if (colon < 0)
            return name;
        var span = buffer.AsSpan(name, length);
        if (colon == 0 || colon == length - 1 || span[(colon + 1)..].Contains((byte)':')
            || span[colon + 1] is (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
            throw Damage("a name with a misplaced ':'");
        return name + colon + 1;
    }

    // Whitespace bytes from `at` on (to the end of what was read when nothing else follows yet).
    private int SpaceAt(int at)
    {
        var i = at;
        while (i < end && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            i++;
        return i - at;
    }

    // "<!": a comment, or CDATA inside an element; a document type declaration is refused, as the readers always did.
    private void SkipDeclaration()
    {
        Available(9);
        var head = buffer.AsSpan(position, end - position);
        if (head.StartsWith("<!--"u8))
        {
            position += 4;
            SkipComment();
        }
        else if (head.StartsWith("<![CDATA["u8))
        {
            if (Depth == 0)
                throw Damage("CDATA outside the root element");
            position += 9;
            SkipPast("]]>"u8, "CDATA");
        }
        else if (head.StartsWith("<!DOCTYPE"u8))
            throw Damage("a document type declaration");
        else
            throw Damage("a '<!' that starts neither a comment nor CDATA", truncated: head.Length < 9 && endOfStream);
    }

    private void SkipComment()
    {
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            var dashes = span.IndexOf("--"u8);
            if (dashes >= 0 && position + dashes + 2 < end)
            {
                if (span[..dashes].IndexOfAny(Controls) >= 0)
                    throw Damage("a control character");
                if (span[dashes + 2] != (byte)'>')
                    throw Damage("\"--\" inside a comment");
                position += dashes + 3;
                return;
            }

            var keep = dashes >= 0 ? span.Length - dashes : 1;
            if (span[..^Math.Min(keep, span.Length)].IndexOfAny(Controls) >= 0)
                throw Damage("a control character");
            position += span.Length - Math.Min(keep, span.Length);
            if (!Fill())
                throw Damage("the part ends inside a comment", truncated: true);
        }
    }

    // "<?": a processing instruction, passed over; the XML declaration only at the very start.
    private void SkipInstruction()
    {
        int length;
        while ((length = NameAt(position + 2)) < 0)
        {
            if (!Fill())
                throw Damage("the part ends inside a processing instruction", truncated: true);
        }

        if (length == 0 || buffer.AsSpan(position + 2, length).Contains((byte)':'))
            throw Damage("a '<?' without a name, or with a ':' in it");
        if (!Available(length + 4))
            throw Damage("the part ends inside a processing instruction", truncated: true);
        var follows = buffer[position + 2 + length];
        if (!Whitespace.Contains(follows) && !(follows == (byte)'?' && buffer[position + 3 + length] == (byte)'>'))
            throw Damage("a processing instruction whose name runs into its content");
        if (length == 3 && System.Text.Ascii.EqualsIgnoreCase(buffer.AsSpan(position + 2, 3), "xml"u8))
        {
            if (Offset != documentStart || !buffer.AsSpan(position + 2, 3).SequenceEqual("xml"u8))
                throw Damage("an XML declaration after the start of the part, or spelled in capitals");
            CheckDeclaration();
        }

        position += 2 + length;
        SkipPast("?>"u8, "processing instruction");
    }

    // Passes over bytes up to and past `terminator`, refusing control characters.
    private void SkipPast(ReadOnlySpan<byte> terminator, string what)
    {
        while (true)
        {
            var span = buffer.AsSpan(position, end - position);
            var at = span.IndexOf(terminator);
            var passed = at >= 0 ? at : Math.Max(0, span.Length - (terminator.Length - 1));
            if (span[..passed].IndexOfAny(Controls) >= 0)
                throw Damage("a control character");
            if (at >= 0)
            {
                position += at + terminator.Length;
                return;
            }

            position += passed;
            if (!Fill())
                throw Damage($"the part ends inside a {what}", truncated: true);
        }
    }
}

namespace PortfolioEval.Books.Xlsx;

// The checks XML makes beyond balanced tags: namespace prefixes declared, and the XML declaration's form.
internal sealed partial class XmlByteScanner
{
    private readonly List<(byte[] Prefix, int Depth)> prefixes = [];

    // The tag's namespace declarations are in force, and every prefix its names use was declared.
    private void CheckPrefixes()
    {
        for (var a = 0; a < AttributeCount; a++)
        {
            ref var attribute = ref attributes[a];
            if (attribute.Local == attribute.Name || !buffer.AsSpan(attribute.Name, attribute.NameLength).StartsWith("xmlns:"u8))
                continue;
            if (attribute.ValueLength == 0)
                throw Damage("a namespace prefix declared with no namespace");
            prefixes.Add((buffer.AsSpan(attribute.Local, attribute.NameLength - (attribute.Local - attribute.Name)).ToArray(), Depth + 1));
        }

        if (localStart != nameStart)
            CheckDeclared(buffer.AsSpan(nameStart, localStart - nameStart - 1));
        for (var a = 0; a < AttributeCount; a++)
        {
            ref var attribute = ref attributes[a];
            if (attribute.Local == attribute.Name)
                continue;
            CheckDeclared(buffer.AsSpan(attribute.Name, attribute.Local - attribute.Name - 1));
            if (buffer.AsSpan(attribute.Name, attribute.NameLength).SequenceEqual("xml:space"u8)
                && !AttributeValue(a).SequenceEqual("preserve"u8) && !AttributeValue(a).SequenceEqual("default"u8))
                throw Damage("an xml:space that is neither \"preserve\" nor \"default\"");
        }
    }

    private void CheckDeclared(ReadOnlySpan<byte> prefix)
    {
        if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8))
            return;
        for (var p = prefixes.Count - 1; p >= 0; p--)
        {
            if (prefix.SequenceEqual(prefixes[p].Prefix))
                return;
        }

        throw Damage("a name whose prefix no namespace declaration names");
    }

    // Declarations made by elements deeper than `depth` go out of scope.
    private void ForgetPrefixes(int depth)
    {
        while (prefixes.Count > 0 && prefixes[^1].Depth > depth)
            prefixes.RemoveAt(prefixes.Count - 1);
    }

    // <?xml version="1.0" encoding="..." standalone="yes"?>, in that order, the last two optional.
    private void CheckDeclaration()
    {
        int close;
        while ((close = buffer.AsSpan(position, end - position).IndexOf("?>"u8)) < 0)
        {
            if (end - position > 1024 || !Fill())
                throw Damage("an XML declaration that is not closed", truncated: endOfStream);
        }

        ReadOnlySpan<byte> rest = buffer.AsSpan(position + 5, close - 5);
        var version = PseudoAttribute(ref rest, "version"u8);
        if (version is null || !version.AsSpan().SequenceEqual("1.0"u8))
            throw Damage("an XML declaration without version 1.0");
        var encoding = PseudoAttribute(ref rest, "encoding"u8);
        if (encoding is { } name && (name.Length == 0 || !char.IsAsciiLetter((char)name[0]) || name.AsSpan().ContainsAnyExcept(NameBytes)))
            throw Damage("an XML declaration with a malformed encoding");
        var standalone = PseudoAttribute(ref rest, "standalone"u8);
        if (standalone is { } value && !value.AsSpan().SequenceEqual("yes"u8) && !value.AsSpan().SequenceEqual("no"u8))
            throw Damage("an XML declaration with a malformed standalone");
        if (!rest.TrimStart(" \t\r\n"u8).IsEmpty)
            throw Damage("an XML declaration with something it cannot hold");
    }

    // The value of `name="..."` at the start of `rest` (after whitespace), moving past it; null when it is not there.
    private byte[]? PseudoAttribute(ref ReadOnlySpan<byte> rest, ReadOnlySpan<byte> name)
    {
        var trimmed = rest.TrimStart(" \t\r\n"u8);
        if (trimmed.Length == rest.Length || !trimmed.StartsWith(name))
            return null;
        var after = trimmed[name.Length..].TrimStart(" \t\r\n"u8);
        if (after.IsEmpty || after[0] != (byte)'=')
            throw Damage("an XML declaration with a malformed " + System.Text.Encoding.ASCII.GetString(name));
        after = after[1..].TrimStart(" \t\r\n"u8);
        var quote = !after.IsEmpty && after[0] is (byte)'"' or (byte)'\'' ? after[1..].IndexOf(after[0]) : -1;
        if (quote < 0)
            throw Damage("an XML declaration with a malformed " + System.Text.Encoding.ASCII.GetString(name));
        var value = after.Slice(1, quote).ToArray();
        rest = after[(quote + 2)..];
        return value;
    }
}

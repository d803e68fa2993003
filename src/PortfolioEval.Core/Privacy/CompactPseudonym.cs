using System.Buffers.Binary;

namespace PortfolioEval.Privacy;

/// <summary>
/// A pseudonym held as its 100 bits (two 64-bit words) instead of a 20-character string: 24 bytes in place of a
/// reference and a 62-byte string on the heap, which is most of a stored client's size in a million-client book.
/// The text is made again when asked for. Crockford's alphabet is in ordinal order, so comparing the bits compares the
/// texts as <see cref="string.CompareOrdinal(string, string)"/> would. A text that is not a pseudonym (a test's "c1",
/// a record written by hand) is kept as it is and compared as text.
/// </summary>
public readonly struct CompactPseudonym : IEquatable<CompactPseudonym>, IComparable<CompactPseudonym>
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const ulong Present = 1UL << 63;
    private static readonly sbyte[] Digits = DigitsOf();

    // The first 60 bits (12 characters) in High, the last 40 (8 characters) in Low with bit 63 marking a pseudonym.
    private readonly ulong high;
    private readonly ulong low;
    private readonly string? other;

    private CompactPseudonym(ulong high, ulong low, string? other) => (this.high, this.low, this.other) = (high, low, other);

    public bool IsNull => low == 0 && other is null;

    /// <summary>The bits, or the text when it is not a pseudonym (<see cref="Scoring.SharedKeys.Key"/> packs them).</summary>
    internal (ulong High, ulong Low, string? Other) Parts => (high, low, other);

    /// <summary>False for null and for an empty text.</summary>
    public bool HasText => low != 0 || other is { Length: > 0 };

    public static CompactPseudonym From(string? text)
    {
        if (text is null)
            return default;
        if (text.Length != Pseudonyms.Length)
            return new CompactPseudonym(0, 0, text);
        ulong high = 0, low = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = text[i] < 128 ? Digits[text[i]] : -1;
            if (digit < 0)
                return new CompactPseudonym(0, 0, text);
            if (i < 12)
                high = (high << 5) | (uint)digit;
            else
                low = (low << 5) | (uint)digit;
        }

        return new CompactPseudonym(high, low | Present, null);
    }

    /// <summary>
    /// <see cref="From"/> for a text given as its UTF-8 bytes (a stored record's): a pseudonym's 20 ASCII characters
    /// are read straight into bits, so no string is made; anything else is decoded, strictly, and kept as text.
    /// </summary>
    /// <exception cref="System.Text.DecoderFallbackException">The bytes are not UTF-8.</exception>
    internal static CompactPseudonym FromUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == Pseudonyms.Length)
        {
            ulong high = 0, low = 0;
            var i = 0;
            for (; i < utf8.Length; i++)
            {
                var digit = utf8[i] < 128 ? Digits[utf8[i]] : -1;
                if (digit < 0)
                    break;
                if (i < 12)
                    high = (high << 5) | (uint)digit;
                else
                    low = (low << 5) | (uint)digit;
            }

            if (i == utf8.Length)
                return new CompactPseudonym(high, low | Present, null);
        }

        return new CompactPseudonym(0, 0, ClientRecordCodec.StrictUtf8.GetString(utf8));
    }

    /// <summary>
    /// The pseudonym of a MAC (see <see cref="Pseudonyms"/>): its first 100 bits, most significant first, which are
    /// the 20 characters' five bits each.
    /// </summary>
    internal static CompactPseudonym FromMac(ReadOnlySpan<byte> mac)
    {
        var high = BinaryPrimitives.ReadUInt64BigEndian(mac) >> 4;
        var low = (BinaryPrimitives.ReadUInt64BigEndian(mac[7..]) >> 20) & ((1UL << 40) - 1);
        return new CompactPseudonym(high, low | Present, null);
    }

    public override string? ToString()
    {
        if (other is not null || low == 0)
            return other;
        return string.Create(Pseudonyms.Length, (high, low), static (chars, bits) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = CharAt(bits.high, bits.low, i);
        });
    }

    /// <summary>
    /// Writes the text as <see cref="BinaryWriter.Write(string)"/> would (its length, then its UTF-8) without making
    /// it: a million-client book is written with no string for its pseudonyms. Not for the null pseudonym.
    /// </summary>
    internal void WriteTo(BinaryWriter writer)
    {
        if (other is not null || low == 0)
        {
            writer.Write(other ?? throw new InvalidOperationException("The null pseudonym has no text to write."));
            return;
        }

        // 20 ASCII characters: a one-byte length, then a byte a character.
        Span<byte> text = stackalloc byte[1 + Pseudonyms.Length];
        text[0] = Pseudonyms.Length;
        for (var i = 0; i < Pseudonyms.Length; i++)
            text[1 + i] = (byte)CharAt(high, low, i);
        writer.Write(text);
    }

    // Character i of the text: the first 12 from High's 60 bits, the last 8 from Low's 40.
    private static char CharAt(ulong high, ulong low, int i) =>
        Alphabet[(int)(i < 12 ? (high >> (5 * (11 - i))) & 0x1F : (low >> (5 * (19 - i))) & 0x1F)];

    /// <summary>As <see cref="string.CompareOrdinal(string, string)"/> on the texts (null first).</summary>
    public int CompareTo(CompactPseudonym other)
    {
        if (this.other is null && other.other is null && low != 0 && other.low != 0)
            return high != other.high ? high.CompareTo(other.high) : low.CompareTo(other.low);
        if (IsNull || other.IsNull)
            return IsNull ? (other.IsNull ? 0 : -1) : 1;
        return string.CompareOrdinal(ToString(), other.ToString());
    }

    public bool Equals(CompactPseudonym other) =>
        high == other.high && low == other.low && string.Equals(this.other, other.other, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CompactPseudonym other && Equals(other);

    public override int GetHashCode() => other is null ? HashCode.Combine(high, low) : StringComparer.Ordinal.GetHashCode(other);

    public static bool operator ==(CompactPseudonym left, CompactPseudonym right) => left.Equals(right);

    public static bool operator !=(CompactPseudonym left, CompactPseudonym right) => !left.Equals(right);

    public static bool operator <(CompactPseudonym left, CompactPseudonym right) => left.CompareTo(right) < 0;

    public static bool operator >(CompactPseudonym left, CompactPseudonym right) => left.CompareTo(right) > 0;

    public static bool operator <=(CompactPseudonym left, CompactPseudonym right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CompactPseudonym left, CompactPseudonym right) => left.CompareTo(right) >= 0;

    private static sbyte[] DigitsOf()
    {
        var digits = new sbyte[128];
        Array.Fill(digits, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
            digits[Alphabet[i]] = (sbyte)i;
        return digits;
    }
}

using System.Text;
using System.Text.Unicode;

namespace PortfolioEval.Books;

/// <summary>
/// Texts held while a book is read, as UTF-8 in pages of a megabyte, each text a number (<see cref="Add"/>) instead of
/// a string object: the names, contacts, emails... of a book's clients, and an xlsx's shared strings. Both stay until
/// the reading ends, so a string each was copied by the young generation's collections and again by the next (a
/// million-row book: millions of strings). Pages this large live in the large-object heap, which those collections do
/// not copy. Each text has an owner (a client, a shared string's index): a page is let go once every owner with a text
/// on it has been taken, owners being taken in order (<see cref="ReleaseUpTo"/>).
/// </summary>
internal sealed class PackedTexts
{
    /// <summary>Bytes a page: larger than any text (<see cref="BookLimits.MaxCellChars"/> chars take at most 3 bytes each).</summary>
    public const int PageBytes = 1 << OffsetBits;

    private const int OffsetBits = 20;
    private const int LengthBits = 20;
    private const int FlagBits = 2;
    private const ulong Present = 1, Apart = 2;

    private readonly List<byte[]?> pages = [];

    // The highest owner of a text on each page: the page is let go once that owner was taken.
    private readonly List<int> lastOwner = [];

    // Texts UTF-8 cannot hold as they are (a lone surrogate, which it would replace): kept as strings, so every text
    // comes back exactly as it was added. Real books decode to well-formed text, so this stays empty.
    private readonly List<string> apart = [];

    private int used = PageBytes; // of the last page: full, so the first text opens one
    private int released;

    /// <summary>The text's number (0 for null), for <see cref="Text"/> and <see cref="Is"/>; <paramref name="owner"/> is whose it is.</summary>
    public ulong Add(string? text, int owner)
    {
        if (text is null)
            return 0;
        // At least one byte left, so an empty text's position is on its page too.
        if (text.Length * 3L >= PageBytes - used)
        {
            if (text.Length * 3L > PageBytes)
                return Aside(text);
            pages.Add(new byte[PageBytes]);
            lastOwner.Add(owner);
            used = 0;
        }

        var page = pages.Count - 1;
        if (Utf8.FromUtf16(text, pages[page].AsSpan(used), out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            return Aside(text);
        var position = ((ulong)page << OffsetBits) | (uint)used;
        used += written;
        lastOwner[page] = Math.Max(lastOwner[page], owner);
        return (position << (LengthBits + FlagBits)) | ((ulong)written << FlagBits) | Present;
    }

    /// <summary>The text as it was added; null for 0.</summary>
    public string? Text(ulong number) =>
        number == 0 ? null : (number & Apart) != 0 ? apart[(int)(number >> FlagBits)] : Encoding.UTF8.GetString(Bytes(number));

    /// <summary>Whether the text numbered <paramref name="number"/> is <paramref name="text"/>, ordinally.</summary>
    public bool Is(ulong number, string text)
    {
        if (number == 0)
            return false;
        if ((number & Apart) != 0)
            return string.Equals(apart[(int)(number >> FlagBits)], text, StringComparison.Ordinal);
        var stored = Bytes(number);
        // Two texts are equal only if their UTF-8 lengths are; most keys are short enough for the stack.
        Span<byte> encoded = text.Length * 3 <= 512 ? stackalloc byte[512] : new byte[text.Length * 3];
        return Utf8.FromUtf16(text, encoded, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
               && encoded[..written].SequenceEqual(stored);
    }

    /// <summary>Lets go of the pages whose owners were all taken, owners being taken in order up to <paramref name="owner"/>.</summary>
    public void ReleaseUpTo(int owner)
    {
        while (released < pages.Count && lastOwner[released] <= owner)
            pages[released++] = null;
    }

    /// <summary>Pages held now, for tests.</summary>
    internal int PagesHeld => pages.Count(p => p is not null);

    private ulong Aside(string text)
    {
        apart.Add(text);
        return ((ulong)(apart.Count - 1) << FlagBits) | Apart | Present;
    }

    private ReadOnlySpan<byte> Bytes(ulong number)
    {
        var length = (int)((number >> FlagBits) & ((1UL << LengthBits) - 1));
        var position = number >> (LengthBits + FlagBits);
        var page = pages[(int)(position >> OffsetBits)] ?? throw new InvalidOperationException("The text's owner was already taken.");
        return page.AsSpan((int)(position & (PageBytes - 1)), length);
    }
}

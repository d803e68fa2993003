using System.Runtime.InteropServices;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// Finds the clients that share a key (an email, phone or tax id pseudonym) by sorting the clients' positions by it,
/// instead of a dictionary from key to first owner: a dictionary of a million pseudonyms took some 60 MB and as much
/// again in the arrays it outgrew, three times a rule; the sort takes one array of pairs (24 bytes each), made once at
/// its size for all three kinds and both rules.
/// </summary>
internal static class SharedKeys
{
    /// <summary>
    /// A pseudonym as the sorts here compare it, in 16 bytes instead of a <see cref="CompactPseudonym"/>'s 24: its bits,
    /// or, for a text that is not a pseudonym (rare: a test's "c1"), the text's number in the book's <see cref="Texts"/>.
    /// Two keys are equal exactly when their pseudonyms are; their order is not the texts' (runs of equal keys are all
    /// that is read).
    /// </summary>
    internal readonly record struct Key(ulong High, ulong Low) : IComparable<Key>
    {
        // Low of a pseudonym has its top bit set (CompactPseudonym); these mark a text held by number, and the empty text.
        private const ulong OtherText = 1, EmptyText = 2;

        public bool IsNull => Low == 0;

        /// <summary>False for null and for an empty text.</summary>
        public bool HasText => Low is not (0 or EmptyText);

        public int CompareTo(Key other) => High != other.High ? High.CompareTo(other.High) : Low.CompareTo(other.Low);

        /// <summary>The key of <paramref name="pseudonym"/>; a text that is not a pseudonym is numbered in <paramref name="texts"/>.</summary>
        public static Key Of(CompactPseudonym pseudonym, Texts texts)
        {
            var (high, low, other) = pseudonym.Parts;
            return other switch
            {
                null => new Key(high, low),
                "" => new Key(0, EmptyText),
                _ => new Key(texts.NumberOf(other), OtherText),
            };
        }
    }

    /// <summary>The texts of a book that are not pseudonyms, each numbered once.</summary>
    internal sealed class Texts
    {
        private readonly Dictionary<string, ulong> numbers = new(StringComparer.Ordinal);

        public ulong NumberOf(string text)
        {
            ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, text, out var known);
            if (!known)
                number = (ulong)numbers.Count;
            return number;
        }
    }

    /// <summary>
    /// A client's key and position, ordered by key, then position: an order with no ties, so any sort gives it, and one
    /// the runtime's sort compares inline (a comparison delegate, called some 17 times a client, was most of the sort).
    /// </summary>
    internal readonly record struct Keyed(Key Key, int At) : IComparable<Keyed>
    {
        public int CompareTo(Keyed other) => Key.CompareTo(other.Key) is var order and not 0 ? order : At.CompareTo(other.At);
    }

    /// <summary>Clients holding the same key, as (key, position) pairs in ascending position.</summary>
    public delegate void RunOf(ReadOnlySpan<Keyed> run);

    /// <summary>A buffer for <see cref="Runs"/>, made once for all the kinds of key of a book.</summary>
    public static List<Keyed> Buffer(int count) => new(count);

    /// <param name="count">How many clients there are; <paramref name="keyOf"/> gives the key of each position.</param>
    /// <param name="textOnly">Leave out empty keys too, not only missing ones.</param>
    /// <param name="keyed">The <see cref="Buffer"/>, emptied and filled again.</param>
    /// <param name="run">Called for every key held by two clients or more.</param>
    public static void Runs(int count, Func<int, Key> keyOf, bool textOnly, List<Keyed> keyed, RunOf run)
    {
        var items = Sorted(count, keyOf, textOnly, keyed);
        for (int start = 0, end; start < items.Length; start = end)
        {
            end = EndOfRun(items, start);
            if (end - start > 1)
                run(items[start..end]);
        }
    }

    /// <summary>How many distinct keys there are, missing ones left out (a set of them, counted by sorting).</summary>
    public static int Distinct(int count, Func<int, Key> keyOf, List<Keyed> keyed)
    {
        var items = Sorted(count, keyOf, textOnly: false, keyed);
        var distinct = 0;
        for (var start = 0; start < items.Length; start = EndOfRun(items, start))
            distinct++;
        return distinct;
    }

    private static Span<Keyed> Sorted(int count, Func<int, Key> keyOf, bool textOnly, List<Keyed> keyed)
    {
        keyed.Clear();
        for (var i = 0; i < count; i++)
        {
            var key = keyOf(i);
            if (textOnly ? key.HasText : !key.IsNull)
                keyed.Add(new Keyed(key, i));
        }

        var items = CollectionsMarshal.AsSpan(keyed);
        items.Sort();
        return items;
    }

    private static int EndOfRun(ReadOnlySpan<Keyed> items, int start)
    {
        var end = start + 1;
        while (end < items.Length && items[end].Key == items[start].Key)
            end++;
        return end;
    }
}

using System.Runtime.InteropServices;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// Finds the clients that share a key (an email, phone or tax id pseudonym) by sorting the clients' positions by it,
/// instead of a dictionary from key to first owner: a dictionary of a million pseudonyms took some 60 MB and as much
/// again in the arrays it outgrew, three times a rule; the sort takes one array of pairs, made once at its size for all three kinds.
/// </summary>
internal static class SharedKeys
{
    /// <summary>Clients holding the same key, as (key, position) pairs in ascending position.</summary>
    public delegate void RunOf(ReadOnlySpan<(CompactPseudonym Key, int At)> run);

    /// <summary>A buffer for <see cref="Runs"/>, made once for all the kinds of key of a book.</summary>
    public static List<(CompactPseudonym Key, int At)> Buffer(int count) => new(count);

    /// <param name="count">How many clients there are; <paramref name="keyOf"/> gives the key of each position.</param>
    /// <param name="textOnly">Leave out empty keys too, not only missing ones.</param>
    /// <param name="keyed">The <see cref="Buffer"/>, emptied and filled again.</param>
    /// <param name="run">Called for every key held by two clients or more.</param>
    public static void Runs(int count, Func<int, CompactPseudonym> keyOf, bool textOnly, List<(CompactPseudonym Key, int At)> keyed, RunOf run)
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
    public static int Distinct(int count, Func<int, CompactPseudonym> keyOf, List<(CompactPseudonym Key, int At)> keyed)
    {
        var items = Sorted(count, keyOf, textOnly: false, keyed);
        var distinct = 0;
        for (var start = 0; start < items.Length; start = EndOfRun(items, start))
            distinct++;
        return distinct;
    }

    private static Span<(CompactPseudonym Key, int At)> Sorted(int count, Func<int, CompactPseudonym> keyOf, bool textOnly, List<(CompactPseudonym Key, int At)> keyed)
    {
        keyed.Clear();
        for (var i = 0; i < count; i++)
        {
            var key = keyOf(i);
            if (textOnly ? key.HasText : !key.IsNull)
                keyed.Add((key, i));
        }

        var items = CollectionsMarshal.AsSpan(keyed);
        items.Sort(static (a, b) => a.Key.CompareTo(b.Key) is var order and not 0 ? order : a.At.CompareTo(b.At));
        return items;
    }

    private static int EndOfRun(ReadOnlySpan<(CompactPseudonym Key, int At)> items, int start)
    {
        var end = start + 1;
        while (end < items.Length && items[end].Key == items[start].Key)
            end++;
        return end;
    }
}

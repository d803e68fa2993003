using PortfolioEval.Api;

namespace PortfolioEval.Web.Api;

/// <summary>Keyset pages over a list already ordered newest first (by time, then id).</summary>
public static class ApiPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The page after <paramref name="cursor"/>; null when the cursor or limit is not valid.</summary>
    public static Page<TOut>? PageOf<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, (DateTimeOffset At, Guid Id)> key, string? cursor, int? limit,
        Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(key);
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
            return null;
        ApiCursor? after = null;
        if (cursor is not null)
        {
            if (!ApiCursor.TryDecode(cursor, out var decoded))
                return null;
            after = decoded;
        }
        var ordered = items.Select(i => (Item: i, Key: key(i)))
            .OrderByDescending(i => i.Key.At).ThenByDescending(i => i.Key.Id)
            .Where(i => after is not { } a || a.Precedes(i.Key.At, i.Key.Id))
            .Take(size + 1).ToList();
        var next = ordered.Count > size ? new ApiCursor(ordered[size - 1].Key.At, ordered[size - 1].Key.Id).Encode() : null;
        return new Page<TOut>([.. ordered.Take(size).Select(i => map(i.Item))], next);
    }

    public static IResult BadPage() => ApiProblems.Invalid($"'cursor' must be one the API returned, and 'limit' between 1 and {MaxLimit}.");
}

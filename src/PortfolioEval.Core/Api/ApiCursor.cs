using System.Buffers.Binary;

namespace PortfolioEval.Api;

/// <summary>
/// Where the next page of a list starts: the last item's time and id (lists are ordered by both, newest first), as an
/// opaque URL-safe string. Keyset, not offset: an item added between two pages neither repeats nor skips one.
/// </summary>
public readonly record struct ApiCursor(DateTimeOffset At, Guid Id)
{
    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, At.UtcTicks);
        Id.TryWriteBytes(bytes[8..]);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>False for anything this type did not write.</summary>
    public static bool TryDecode(string? text, out ApiCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length != 32)
            return false;
        var bytes = new byte[24];
        var padded = text.Replace('-', '+').Replace('_', '/');
        if (!Convert.TryFromBase64String(padded, bytes, out var written) || written != 24)
            return false;
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            return false;
        cursor = new ApiCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8)));
        return true;
    }

    /// <summary>Whether an item at (<paramref name="at"/>, <paramref name="id"/>) comes after this cursor, newest first.</summary>
    public bool Precedes(DateTimeOffset at, Guid id) => at < At || (at == At && id.CompareTo(Id) < 0);
}

using System.IO.Compression;
using System.Text.Json;

namespace PortfolioEval.Books;

/// <summary>
/// Packs a book's rejections as one compressed JSON blob: a bad million-row book has a million of them, which
/// as table rows would cost far more than the book's summary is worth. The book stores the blob encrypted.
/// </summary>
public static class RejectionList
{
    // Kept: a warning on an imported row; lists packed before warnings existed hold none, and read as false.
    private sealed record Item(int Row, string? Column, BookField Field, RejectionReason Reason, string? Value, bool Kept = false);

    public static byte[] Pack(IEnumerable<RowRejection> rejections)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            JsonSerializer.Serialize(gzip, rejections.Select(r => new Item(r.SheetRowNumber, r.ColumnHeader, r.Field, r.Reason, r.Value, r.Kept)));
        return buffer.ToArray();
    }

    /// <summary>Whether <paramref name="blob"/> is a packed list as it is (gzip), not one sealed since: only old books hold those.</summary>
    public static bool IsPacked(ReadOnlySpan<byte> blob) => blob.Length >= 2 && blob[0] == 0x1f && blob[1] == 0x8b;

    public static IEnumerable<RowRejection> Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        if (packed.Length == 0)
            yield break;
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<Item>(gzip).ToBlockingEnumerable())
        {
            if (item is not null)
                yield return new RowRejection(item.Row, item.Column, item.Field, item.Reason, item.Value) { Kept = item.Kept };
        }
    }
}

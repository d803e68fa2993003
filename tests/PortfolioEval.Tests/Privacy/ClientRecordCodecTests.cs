using System.Security.Cryptography;
using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Privacy.Support;

namespace PortfolioEval.Tests.Privacy;

public class ClientRecordCodecTests
{
    private static readonly PseudonymisedClient Full = new()
    {
        ClientPseudonym = "0123456789abcdefghjk",
        ContactPseudonym = "c",
        EmailPseudonym = "e",
        PhonePseudonym = "p",
        TaxIdPseudonym = "t",
        AddressPseudonym = "a",
        Sector = "Minería",
        ContactType = "Visita",
        Product = "Lubricantes",
        City = "Lima",
        Country = "PE",
        LastContact = new DateOnly(2026, 1, 15),
        LastUpdate = DateOnly.MaxValue,
        Value = -1234.500m,
        Currency = "PEN",
        ValuesByCurrency = [new CurrencyAmount("PEN", 1000.5m), new CurrencyAmount(null, decimal.MaxValue)],
        OutstandingBalance = 0.0000000000000000000000000001m,
        DaysOverdue = -3,
        PurchaseCount = int.MaxValue,
        RowCount = int.MinValue,
    };

    private static readonly PseudonymisedClient Bare = new() { ClientPseudonym = "x" };

    [Fact]
    public void RoundTrip_FullAndBareClients_ComeBackExactly()
    {
        PseudonymisedClient[] clients = [Full, Bare, Full with { Value = 1.50m }];

        var read = RoundTrip(clients);

        Assert.True(SameClient.AllAs(clients, read));
        Assert.Equal(3, decimal.GetBits(read[0].Value!.Value)[3] >> 16 & 0xFF);
    }

    [Fact]
    public void RoundTrip_NoClients_ReadsNone()
    {
        Assert.Empty(RoundTrip([]));
    }

    [Fact]
    public void Write_BareClient_TakesAFewBytes()
    {
        using var stream = new MemoryStream();

        ClientRecordCodec.Write([Bare], stream);

        // version, marker, mask (2), pseudonym (2), currency count, purchases, rows, end marker.
        Assert.Equal(10, stream.Length);
    }

    [Fact]
    public void Read_UnknownVersion_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream([2, 0])));
        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream([])));
    }

    [Fact]
    public void Read_BadRecordMarker_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream([1, 7])).ToList());
    }

    [Fact]
    public void Write_UnpairedSurrogate_ThrowsRatherThanStoringSomethingElse()
    {
        var broken = Bare with { Sector = "Miner\uD800a" };

        Assert.ThrowsAny<ArgumentException>(() => ClientRecordCodec.Write([broken], new MemoryStream()));
    }

    [Fact]
    public void Read_StreamsClientsOneAtATime()
    {
        using var stream = new MemoryStream();
        ClientRecordCodec.Write([Full, Bare], stream);
        var bytes = stream.ToArray()[..^3];

        using var enumerator = ClientRecordCodec.Read(new MemoryStream(bytes)).GetEnumerator();

        // The first client is handed out before the cut in the second is reached.
        Assert.True(enumerator.MoveNext());
        Assert.True(SameClient.As(Full, enumerator.Current));
        Assert.Throws<InvalidDataException>(() => enumerator.MoveNext());
    }

    [Fact]
    public void RoundTrip_ALargeBookThroughTheCipher_StreamsBackIntact()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var clients = Enumerable.Range(0, 20_000).Select(i => Full with { RowCount = i, City = i % 2 == 0 ? null : "Lima" });
        using var file = new MemoryStream();

        ChunkedCipher.Encrypt(plaintext => ClientRecordCodec.Write(clients, plaintext), file, key, "book-7"u8);
        file.Position = 0;
        using var decrypting = ChunkedCipher.OpenDecrypting(file, key, "book-7"u8);
        var count = 0;
        foreach (var client in ClientRecordCodec.Read(decrypting))
            Assert.Equal(count++, client.RowCount);

        Assert.Equal(20_000, count);
    }

    private static List<PseudonymisedClient> RoundTrip(IEnumerable<PseudonymisedClient> clients)
    {
        using var stream = new MemoryStream();
        ClientRecordCodec.Write(clients, stream);
        stream.Position = 0;
        return [.. ClientRecordCodec.Read(stream)];
    }
}

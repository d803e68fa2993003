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

    // With the fields the purchase-history model reads (mask bits 16 and 17, after the row count).
    private static readonly PseudonymisedClient Dated = Full with { FirstContact = new DateOnly(2024, 2, 29), ContactDays = 17 };

    // With the client's origin (mask bit 18, after the contact days).
    private static readonly PseudonymisedClient Inherited = Dated with { Origin = ClientOrigin.Inherited };

    [Fact]
    public void RoundTrip_FullAndBareClients_ComeBackExactly()
    {
        PseudonymisedClient[] clients = [Full, Bare, Full with { Value = 1.50m }, Dated, Bare with { ContactDays = 1 }, Inherited, Bare with { Origin = ClientOrigin.Won }];

        var read = RoundTrip(clients);

        Assert.True(SameClient.AllAs(clients, read));
        Assert.Equal(3, decimal.GetBits(read[0].Value!.Value)[3] >> 16 & 0xFF);
    }

    [Fact]
    public void RoundTrip_ClientWithSalesByDay_ComesBackWithEveryDayAndCurrency()
    {
        var sales = DatedSales.Of(
        [
            new DatedSale(new DateOnly(2024, 2, 29), "PEN", 1000.50m),
            new DatedSale(new DateOnly(2026, 3, 31), "PEN", -20m),
            new DatedSale(new DateOnly(2025, 1, 1), null, 7m),
            new DatedSale(new DateOnly(2025, 1, 1), "USD", 0.01m),
        ]);
        PseudonymisedClient[] clients = [Inherited with { DatedSales = sales }, Bare with { DatedSales = DatedSales.Empty }, Bare];

        var read = RoundTrip(clients);

        Assert.True(SameClient.AllAs(clients, read));
        Assert.Equal(sales.Sales.ToArray(), read[0].DatedSales!.Sales.ToArray());
        Assert.Equal(0, read[1].DatedSales!.Count);
        Assert.Null(read[2].DatedSales);
    }

    [Fact]
    public void Read_Version2Stream_AsBooksImportedBeforeSalesByDayHoldIt_ReadsWithoutThem()
    {
        // Version 2, Bare: marker, mask 0, pseudonym "x", no currencies, 0 purchases, 0 rows, end marker.
        byte[] version2 = [2, 1, 0, 1, (byte)'x', 0, 0, 0, 0];

        var read = ClientRecordCodec.Read(new MemoryStream(version2)).ToList();

        Assert.True(SameClient.AllAs([Bare], read));
        Assert.Null(read[0].DatedSales);
    }

    [Fact]
    public void Read_Version3FieldBitInAVersion2Stream_ThrowsInvalidData()
    {
        // Bit 19 (sales by day) belongs to version 3: a version-2 stream that sets it is corrupt, not newer.
        byte[] corrupt = [2, 1, 0x80, 0x80, 0x20, 1, (byte)'x', 0, 0, 0, 0, 0];

        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream(corrupt)).ToList());
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

        // version, marker, mask (1: nothing present), pseudonym (2), currency count, purchases, rows, end marker.
        Assert.Equal(9, stream.Length);
        Assert.Equal(ClientRecordCodec.Version, stream.ToArray()[0]);
    }

    [Fact]
    public void Read_Version1Stream_AsBooksImportedBeforeVersion2HoldIt_ComesBackExactly()
    {
        // Full, then Bare, in the version-1 layout: a 16-bit mask (FFFF: every field present; 0000: none). Written by
        // hand from the layout, not by the codec, so a change to the reader cannot also change what it is checked against.
        var version1 = Convert.FromHexString(
            "0101FFFF143031323334353637383961626364656667686A6B01630165017001740161084D696E6572C3AD61065669736974610B4C75627269" +
            "63616E746573044C696D61025045AE922DDAF3DE0144D612000000000000000000000003800350454E01000000000000000000000000001C00FD" +
            "FFFFFF0F02010350454E1527000000000000000000000000010000FFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFF078080808008010000" +
            "017800000000");

        var read = ClientRecordCodec.Read(new MemoryStream(version1)).ToList();

        Assert.True(SameClient.AllAs([Full, Bare], read));
    }

    [Fact]
    public void Read_AFieldANewerVersionAdded_ThrowsInvalidData_RatherThanMisreadingTheRest()
    {
        // Version 3, one record whose mask sets bit 20 (7-bit encoded: 80 80 40), the first bit no field owns yet.
        byte[] newer = [3, 1, 0x80, 0x80, 0x40, 1, (byte)'x', 0, 0, 0, 0];

        var error = Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream(newer)).ToList());

        Assert.Contains("does not know", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownVersion_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream([ClientRecordCodec.Version + 1, 0])));
        Assert.Throws<InvalidDataException>(() => ClientRecordCodec.Read(new MemoryStream([0, 0])));
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

using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class CompactClientTests
{
    private static readonly CandidateSecret Secret = CandidateSecret.FromBytes(new byte[32]);

    [Fact]
    public void CompactClient_ReadsAsTheStoredClientItWasMadeFrom()
    {
        var client = new PseudonymisedClient
        {
            ClientPseudonym = Pseudonyms.Of(PseudonymKind.Client, "Bodega Rosa", Secret)!,
            Sector = "Bodegas", LastContact = new DateOnly(2026, 3, 1), LastUpdate = new DateOnly(2026, 3, 2),
            FirstContact = new DateOnly(2025, 1, 5), ContactDays = 4, PurchaseCount = 7, RowCount = 9, DaysOverdue = 0,
            OutstandingBalance = 12.50m, Origin = ClientOrigin.Won,
            ValuesByCurrency = [new CurrencyAmount("PEN", 100m), new CurrencyAmount("USD", 30.00m)],
        };

        var compact = CompactClient.Of(client);

        Assert.Equal(client.ClientPseudonym, compact.ClientPseudonym);
        Assert.Equal((client.Sector, client.LastContact, client.LastUpdate, client.FirstContact), (compact.Sector, compact.LastContact, compact.LastUpdate, compact.FirstContact));
        Assert.Equal((7, 9, 4, (int?)0, ClientOrigin.Won), (compact.PurchaseCount, compact.RowCount, compact.ContactDays, compact.DaysOverdue, compact.Origin));
        Assert.Equal((12.50m, (decimal?)null, (string?)null), (compact.OutstandingBalance!.Value, compact.Value, compact.Currency));
        Assert.Equal(client.ValuesByCurrency, compact.ValuesByCurrency);
        Assert.Equal(("USD", 30.00m), compact.AmountAt(1));
    }

    [Fact]
    public void CompactClient_OneAmountWrittenDifferentlyFromItsValue_KeepsBothAsWritten()
    {
        // 100 and 100.00 are equal but print differently: the list is kept, not folded into the value.
        var client = new PseudonymisedClient { ClientPseudonym = "a", Value = 100m, Currency = "PEN", ValuesByCurrency = [new CurrencyAmount("PEN", 100.00m)] };

        var compact = CompactClient.Of(client);

        Assert.Equal("100", compact.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("100.00", compact.AmountAt(0).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(CompactClient.Of(new PseudonymisedClient { ClientPseudonym = "b" }).DaysOverdue);
    }

    [Fact]
    public void CompactPseudonym_FromUtf8_IsFromOfTheText()
    {
        string[] texts = [Pseudonyms.Of(PseudonymKind.Email, "ana@example.com", Secret)!, "c1", "", "ñandú-ñandú-ñandú-ñ", "UPPERCASEISNOTBASE32"];

        foreach (var text in texts)
            Assert.Equal(CompactPseudonym.From(text), CompactPseudonym.FromUtf8(Encoding.UTF8.GetBytes(text)));
    }
}

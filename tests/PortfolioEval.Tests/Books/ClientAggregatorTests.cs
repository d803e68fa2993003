using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The merge of a client's rows as the import reads them, with the clients held as values in pages and their texts in
/// <see cref="PackedTexts"/>: every rule of the merge, over more clients than a page holds and a table that grows.
/// </summary>
public class ClientAggregatorTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    // Client i's first row: a contact person only for even clients, an email for all, a value in soles.
    private static ParsedRow First(int i) => new($"cliente {i}", $"Cliente {i} S.A.C.")
    {
        ContactPerson = i % 2 == 0 ? $"Persona {i}" : null,
        Email = $"c{i}@x.pe",
        Sector = "Minería",
        ContactType = "Visita",
        Product = "Cables",
        LastContact = Day,
        Value = 100m + i,
        Currency = "PEN",
        OutstandingBalance = 5m,
        DaysOverdue = 10,
        Origin = i % 3 == 0 ? ClientOrigin.Unknown : ClientOrigin.Won,
    };

    // Every third client's later row: a later contact, a contact person for odd clients, dollars, a worse debt.
    private static ParsedRow Later(int i) => new($"cliente {i}", $"CLIENTE {i}")
    {
        ContactPerson = $"Otra {i}",
        Email = $"otro{i}@x.pe",
        Phone = "999 888 777",
        Sector = "Retail",
        ContactType = "Llamada",
        LastContact = Day.AddDays(20),
        LastUpdate = Day.AddDays(21),
        Value = 7.5m,
        Currency = "USD",
        OutstandingBalance = 1.25m,
        DaysOverdue = 40,
        Origin = ClientOrigin.Inherited,
    };

    [Fact]
    public void Drain_ThousandsOfClientsOverSeveralPages_GivesEachItsMergedRowsInTheOrderFirstSeen()
    {
        const int clients = 2_500; // two pages and a half, the table grown twice
        var aggregator = new ClientAggregator(hasPurchaseCountColumn: false, keepSalesAfter: Day.AddYears(-2));
        var merged = 0;
        for (var i = 0; i < clients; i++)
        {
            Assert.False(aggregator.Add(First(i)));
            if (i >= 10 && (i - 10) % 3 == 0)
                merged += aggregator.Add(Later(i - 10)) ? 1 : 0;
        }

        Assert.Equal(clients, aggregator.Count);
        var taken = aggregator.Drain().ToList();

        Assert.Equal(Enumerable.Range(0, clients).Select(i => $"cliente {i}"), taken.Select(c => c.NormalisedKey));
        Assert.Equal(taken.Count(c => c.RowCount == 2), merged);
        foreach (var (client, i) in taken.Select((c, i) => (c, i)))
        {
            var twoRows = i < clients - 10 && i % 3 == 0;
            Assert.Equal(twoRows ? 2 : 1, client.RowCount);
            Assert.Equal(client.RowCount, client.PurchaseCount);
            // Who the client is: the first row's name, each contact field's first value.
            Assert.Equal($"Cliente {i} S.A.C.", client.ClientName);
            Assert.Equal(i % 2 == 0 ? $"Persona {i}" : twoRows ? $"Otra {i}" : null, client.ContactPerson);
            Assert.Equal($"c{i}@x.pe", client.Email);
            Assert.Equal(twoRows ? "999 888 777" : null, client.Phone);
            Assert.Null(client.TaxId);
            Assert.Equal("Minería", client.Sector);
            // The latest contact's type; the product of the first row, since the later one names none.
            Assert.Equal(twoRows ? "Llamada" : "Visita", client.ContactType);
            Assert.Equal("Cables", client.Product);
            Assert.Equal(twoRows ? Day.AddDays(20) : Day, client.LastContact);
            Assert.Equal(Day, client.FirstContact);
            Assert.Equal(twoRows ? 2 : 1, client.ContactDays);
            Assert.Equal(twoRows ? Day.AddDays(21) : null, client.LastUpdate);
            Assert.Equal(twoRows ? 6.25m : 5m, client.OutstandingBalance);
            Assert.Equal(twoRows ? 40 : 10, client.DaysOverdue);
            Assert.Equal(i % 3 == 0 && twoRows ? ClientOrigin.Inherited : i % 3 == 0 ? ClientOrigin.Unknown : ClientOrigin.Won, client.Origin);
            if (twoRows)
            {
                // Two currencies: no single value, a total each, and the sales by day.
                Assert.Null(client.Value);
                Assert.Equal([new CurrencyAmount("PEN", 100m + i), new CurrencyAmount("USD", 7.5m)], client.ValuesByCurrency);
                Assert.Equal([new DatedSale(Day, "PEN", 100m + i), new DatedSale(Day.AddDays(20), "USD", 7.5m)], client.DatedSales!.Sales.ToArray());
            }
            else
            {
                Assert.Equal((100m + i, "PEN"), (client.Value, client.Currency));
                Assert.Equal([new CurrencyAmount("PEN", 100m + i)], client.ValuesByCurrency);
                Assert.Null(client.DatedSales);
            }
        }
    }

    [Fact]
    public void Drain_SameClientWrittenDifferently_MergesOnTheKeyOnly()
    {
        var aggregator = new ClientAggregator(hasPurchaseCountColumn: true);

        aggregator.Add(new ParsedRow("acme", "ACME S.A.") { PurchaseCount = 2 });
        aggregator.Add(new ParsedRow("Acme", "Acme") { PurchaseCount = 3 });
        aggregator.Add(new ParsedRow("acme", "Acme SAC") { PurchaseCount = 4 });

        var taken = aggregator.Drain().ToList();
        Assert.Equal(["acme", "Acme"], taken.Select(c => c.NormalisedKey));
        Assert.Equal([("ACME S.A.", 6, 2), ("Acme", 3, 1)], taken.Select(c => (c.ClientName, c.PurchaseCount, c.RowCount)));
    }

    [Fact]
    public void Drain_Twice_IsRefused()
    {
        var aggregator = new ClientAggregator(hasPurchaseCountColumn: false);
        aggregator.Add(new ParsedRow("acme", "Acme"));

        Assert.Single(aggregator.Drain());
        Assert.Throws<InvalidOperationException>(() => aggregator.Drain());
        Assert.Throws<InvalidOperationException>(() => aggregator.Add(new ParsedRow("otro", "Otro")));
    }
}

using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class PseudonymiserTests
{
    private static readonly CandidateSecret Secret = CandidateSecret.FromBytes(new byte[32]);

    private static readonly ImportedClient Acme = new()
    {
        NormalisedKey = ClientKey.Normalise("ACME S.A.C."),
        ClientName = "ACME S.A.C.",
        ContactPerson = "Ana Pérez",
        Email = "ana@acme.pe",
        Phone = "+51 987 654 321",
        TaxId = "20123456789",
        Address = "Av. Arequipa 123",
        Sector = "Minería",
        ContactType = "Visita",
        Product = "Lubricantes",
        City = "Lima",
        Country = "PE",
        LastContact = new DateOnly(2026, 1, 15),
        LastUpdate = new DateOnly(2026, 2, 1),
        Value = 1234.50m,
        Currency = "PEN",
        ValuesByCurrency = [new CurrencyAmount("PEN", 1234.50m)],
        OutstandingBalance = 200m,
        DaysOverdue = 12,
        PurchaseCount = 3,
        RowCount = 2,
    };

    // Every field of ImportedClient, and what becomes of it. A new field fails the test below until it is decided.
    private static readonly Dictionary<string, string?> Fates = new(StringComparer.Ordinal)
    {
        [nameof(ImportedClient.NormalisedKey)] = nameof(PseudonymisedClient.ClientPseudonym),
        [nameof(ImportedClient.ClientName)] = null,
        [nameof(ImportedClient.ContactPerson)] = nameof(PseudonymisedClient.ContactPseudonym),
        [nameof(ImportedClient.Email)] = nameof(PseudonymisedClient.EmailPseudonym),
        [nameof(ImportedClient.Phone)] = nameof(PseudonymisedClient.PhonePseudonym),
        [nameof(ImportedClient.TaxId)] = nameof(PseudonymisedClient.TaxIdPseudonym),
        [nameof(ImportedClient.Address)] = nameof(PseudonymisedClient.AddressPseudonym),
    };

    [Fact]
    public void Pseudonymise_EveryImportedField_IsPseudonymisedDroppedOrKeptUnderItsName()
    {
        var stored = typeof(PseudonymisedClient).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var field in typeof(ImportedClient).GetProperties().Select(p => p.Name))
        {
            var decided = Fates.TryGetValue(field, out var target) ? target is null || stored.Contains(target) : stored.Contains(field);
            Assert.True(decided, $"ImportedClient.{field} has no fate in PseudonymisedClient.");
        }
    }

    [Fact]
    public void Pseudonymise_Client_KeepsScoringFieldsAsRead()
    {
        var stored = Pseudonymiser.Pseudonymise(Acme, Secret);

        Assert.Equal(
            (Acme.Sector, Acme.ContactType, Acme.Product, Acme.City, Acme.Country, Acme.LastContact, Acme.LastUpdate),
            (stored.Sector, stored.ContactType, stored.Product, stored.City, stored.Country, stored.LastContact, stored.LastUpdate));
        Assert.Equal(
            (Acme.Value, Acme.Currency, Acme.OutstandingBalance, Acme.DaysOverdue, Acme.PurchaseCount, Acme.RowCount),
            (stored.Value, stored.Currency, stored.OutstandingBalance, stored.DaysOverdue, stored.PurchaseCount, stored.RowCount));
        Assert.Equal(Acme.ValuesByCurrency, stored.ValuesByCurrency);
        Assert.NotSame(Acme.ValuesByCurrency, stored.ValuesByCurrency);
    }

    [Fact]
    public void Pseudonymise_Client_HoldsNoIdentifyingText()
    {
        var stored = Pseudonymiser.Pseudonymise(Acme, Secret);
        var strings = typeof(PseudonymisedClient).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(stored))
            .OfType<string>()
            .ToList();

        foreach (var identifying in new[] { "acme", "Ana", "Pérez", "ana@acme.pe", "987", "20123456789", "Arequipa" })
            Assert.DoesNotContain(strings, s => s.Contains(identifying, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Pseudonyms.Of(PseudonymKind.Client, "Acme SAC", Secret), stored.ClientPseudonym);
        Assert.Equal(Pseudonyms.Of(PseudonymKind.Phone, "51987654321", Secret), stored.PhonePseudonym);
    }

    [Fact]
    public void Pseudonymise_BlankContactDetails_GivesNullPseudonyms()
    {
        var bare = new ImportedClient { NormalisedKey = "acme", ClientName = "Acme", Email = " ", Phone = "" };

        var stored = Pseudonymiser.Pseudonymise(bare, Secret);

        Assert.Equal(
            (null, null, null, null, null),
            (stored.ContactPseudonym, stored.EmailPseudonym, stored.PhonePseudonym, stored.TaxIdPseudonym, stored.AddressPseudonym));
    }

    [Fact]
    public void Pseudonymise_NoNameKey_ThrowsWithoutEchoingTheName()
    {
        var nameless = Acme with { NormalisedKey = "", ClientName = "Secret Client Name" };

        var error = Assert.Throws<ArgumentException>(() => Pseudonymiser.Pseudonymise(nameless, Secret));

        Assert.DoesNotContain("Secret Client Name", error.Message, StringComparison.Ordinal);
    }
}

using System.Globalization;
using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Sectors;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring.Golden;

/// <summary>One book to score and how: the golden reports are these, scored, as JSON.</summary>
public sealed record GoldenCase(string Name, IReadOnlyList<PseudonymisedClient> Clients, BookFacts Facts, DateOnly AsOf,
    ScoringSettings Settings, ISectorTaxonomy Sectors, RateTable Rates);

/// <summary>
/// The books whose reports must not change while the engine's representation does: the sample books (the demo books
/// among them) imported and pseudonymised under a fixed secret, and a few hundred random books from fixed seeds with
/// several currencies (some without a rate), missing values, credit notes, balances, shared contacts, repeated
/// pseudonyms, sales histories and origins.
/// </summary>
public static class GoldenBooks
{
    private static readonly DateOnly SampleAsOf = new(2026, 11, 20);

    private static readonly (string File, string Culture)[] Samples =
    [
        ("cartera-es.xlsx", "es-PE"), ("cartera-es.xls", "es-PE"), ("crm-export-en.csv", "en-US"), ("cartera-latin1.csv", "es-PE"),
        ("demo-ana.xlsx", "es-PE"), ("demo-bruno.csv", "es-PE"), ("demo-carla.xlsx", "en-US"), ("cartera-con-errores.csv", "es-PE"),
        ("ventas-transaccional.xlsx", "es-PE"),
    ];

    private static readonly string?[] SectorTexts = ["Bodegas", "Ferretería", "Software", "Banca", "Minería", "Varios", "Retail", null, " "];
    private static readonly string?[] CurrencyCodes = ["PEN", "PEN", "PEN", "USD", "USD", "EUR", "CLP", "XYZ", null];

    public static IEnumerable<GoldenCase> All()
    {
        foreach (var (file, culture) in Samples)
        {
            var (clients, facts) = Import(file, culture);
            yield return new GoldenCase(file, clients, facts, SampleAsOf, new ScoringSettings(), IsicTaxonomy.Instance, RateTable.Reference);
            yield return new GoldenCase(file + " for retail", clients, facts, SampleAsOf,
                new ScoringSettings { SectorCodes = ["47", "0710"], TargetDealSize = 20_000m, TargetCurrency = "USD", DormantAfterDays = 90 },
                IsicTaxonomy.Instance, RateTable.Reference);
        }

        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var size = seed % 10 == 0 ? random.Next(150, 400) : random.Next(0, 40);
            var history = seed % 3 == 0;
            var clients = Enumerable.Range(0, size).Select(i => Client(random, i, history)).ToList();
            var facts = new BookFacts(clients.Sum(c => Math.Max(1, c.RowCount)) + random.Next(3), random.Next(3));
            var settings = (seed % 4) switch
            {
                0 => new ScoringSettings(),
                1 => RandomBooks.WithSectors,
                2 => new ScoringSettings { SectorCodes = ["G"], TargetDealSize = 1_000m, TargetCurrency = "USD", FreshnessHalfLifeDays = 90 },
                _ => new ScoringSettings { SectorCodes = ["6201", "07"], DormantAfterDays = 365, Weights = new CompositeWeights(1, 1, 1, 1) },
            };
            var rates = seed % 7 == 0 ? RateTable.None : RateTable.Reference;
            yield return new GoldenCase($"random {seed}", clients, facts, RandomBooks.AsOf, settings, RandomBooks.Sectors, rates);
        }
    }

    private static (IReadOnlyList<PseudonymisedClient> Clients, BookFacts Facts) Import(string file, string culture)
    {
        var options = new BookReadOptions { AsOf = SampleAsOf, Culture = CultureInfo.GetCultureInfo(culture) };
        var bytes = RepositoryFiles.ReadSample(file);
        var mapping = BookInspector.Inspect(new MemoryStream(bytes), options).SuggestedMapping()
            ?? throw new InvalidOperationException($"{file}: no client column");
        var imported = BookReader.Read(new MemoryStream(bytes), options, mapping);
        using var secret = CandidateSecret.FromBytes(Enumerable.Range(0, CandidateSecret.Length).Select(i => (byte)(i * 7 + 1)).ToArray());
        return (imported.Clients.Select(c => Pseudonymiser.Pseudonymise(c, secret)).ToList(), new BookFacts(imported.RowsRead, imported.RowsRejected));
    }

    private static PseudonymisedClient Client(Random random, int index, bool history)
    {
        var lastContact = Date(random);
        var rows = history ? random.Next(1, 9) : 1;
        var days = history && lastContact is not null ? random.Next(0, rows + 1) : 0;
        var client = new PseudonymisedClient
        {
            // One client in ten repeats a pseudonym; most are real 20-character pseudonyms (held as their bits).
            ClientPseudonym = random.Next(10) == 0 ? Pseudonym(random.Next(3)) : random.Next(5) == 0 ? $"c{index:D3}" : Pseudonym(1000 + index),
            EmailPseudonym = random.Next(4) == 0 ? Pseudonym(50 + random.Next(6)) : null,
            PhonePseudonym = random.Next(6) == 0 ? Pseudonym(60 + random.Next(6)) : null,
            TaxIdPseudonym = random.Next(6) == 0 ? (random.Next(2) == 0 ? Pseudonym(70 + random.Next(6)) : "") : null,
            ContactPseudonym = random.Next(2) == 0 ? Pseudonym(80 + index) : null,
            Sector = SectorTexts[random.Next(SectorTexts.Length)],
            ContactType = random.Next(3) == 0 ? "Visita" : null,
            Product = random.Next(3) == 0 ? "Producto " + random.Next(4).ToString(CultureInfo.InvariantCulture) : null,
            City = random.Next(2) == 0 ? "Lima" : null,
            Country = random.Next(2) == 0 ? "PE" : null,
            LastContact = lastContact,
            FirstContact = days > 0 ? lastContact!.Value.AddDays(-random.Next(0, 700)) : null,
            ContactDays = days,
            LastUpdate = random.Next(5) == 0 ? RandomBooks.AsOf.AddDays(-3) : Date(random),
            PurchaseCount = random.Next(4) == 0 ? rows + random.Next(0, 20) : rows,
            RowCount = rows,
            Origin = (ClientOrigin)random.Next(4),
        };
        client = random.Next(7) switch
        {
            0 => client,
            1 => client with { Value = null, Currency = null, ValuesByCurrency = [Amount(random), Amount(random)] },
            2 => client with { Value = null, Currency = null, ValuesByCurrency = [Amount(random), Amount(random), Amount(random)] },
            3 => client with { Value = Value(random), Currency = CurrencyCodes[random.Next(CurrencyCodes.Length)] },
            _ => WithOne(client, Amount(random)),
        };
        if (random.Next(3) == 0)
            client = client with { OutstandingBalance = random.Next(4) == 0 ? null : Value(random), DaysOverdue = random.Next(4) == 0 ? null : random.Next(-5, 200) };
        return client;
    }

    private static PseudonymisedClient WithOne(PseudonymisedClient client, CurrencyAmount amount) =>
        client with { Value = amount.Amount, Currency = amount.Currency, ValuesByCurrency = [amount] };

    private static CurrencyAmount Amount(Random random) => new(CurrencyCodes[random.Next(CurrencyCodes.Length)], Value(random));

    /// <summary>Mostly positive amounts across six orders of magnitude, some round, some with trailing zeros, a few negative.</summary>
    private static decimal Value(Random random) => random.Next(9) switch
    {
        0 => -random.Next(1, 1_000),
        1 => random.Next(1, 100) * 1_000m,
        2 => random.Next(1, 100) * 1.00m,
        _ => Math.Round((decimal)Math.Pow(10, random.NextDouble() * 6), 2),
    };

    private static DateOnly? Date(Random random) => random.Next(8) == 0 ? null : RandomBooks.AsOf.AddDays(-random.Next(-10, 1200));

    // A real pseudonym's shape: 20 characters of Crockford's alphabet, one per number.
    private static string Pseudonym(int number)
    {
        const string alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        var chars = new char[Pseudonyms.Length];
        var state = (ulong)number * 0x9E3779B97F4A7C15UL + 12345;
        for (var i = 0; i < chars.Length; i++)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            chars[i] = alphabet[(int)(state >> 59)];
        }

        return new string(chars);
    }
}

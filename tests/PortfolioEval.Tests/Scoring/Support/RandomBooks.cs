using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;

namespace PortfolioEval.Tests.Scoring.Support;

/// <summary>
/// Books for property tests, one client per generated seed: any mix of currencies, missing fields, dates after the
/// as-of date, negative values, shared emails, balances and repeated pseudonyms.
/// </summary>
public static class RandomBooks
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    public static readonly ScoringSettings WithSectors = new() { SectorCodes = ["4711", "62"], TargetDealSize = 5_000m };

    private static readonly string?[] SectorTexts = ["Bodegas", "Ferretería", "Software", "Banca", "Minería", "Varios", null, " "];
    private static readonly string?[] Currencies = ["PEN", "PEN", "PEN", "USD", null];

    public static ISectorTaxonomy Sectors { get; } = new FakeSectorTaxonomy(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Bodegas"] = "4711", ["Ferretería"] = "4752", ["Software"] = "6201", ["Banca"] = "6419", ["Minería"] = "07",
    });

    public static List<PseudonymisedClient> From(int[]? seeds) =>
        (seeds ?? []).Select((seed, i) => ClientFrom(seed, i)).ToList();

    public static PseudonymisedClient ClientFrom(int seed, int index)
    {
        var random = new Random(seed);
        // One client in ten repeats a pseudonym, as a book merged by hand might.
        var client = Client.Named(random.Next(10) == 0 ? "twin" : $"c{index:D3}")
            .InSector(SectorTexts[random.Next(SectorTexts.Length)])
            .ContactedOn(DateOrNull(random))
            .UpdatedOn(DateOrNull(random));
        client = random.Next(6) switch
        {
            0 => client,
            1 => client.WorthEach(new CurrencyAmount("PEN", Amount(random)), new CurrencyAmount("USD", Amount(random))),
            _ => client.Worth(Amount(random), Currencies[random.Next(Currencies.Length)]),
        };
        if (random.Next(3) == 0)
            client = client.Owing(random.Next(4) == 0 ? null : Amount(random), random.Next(4) == 0 ? null : random.Next(-5, 200));
        if (random.Next(4) == 0)
            client = client.WithEmail($"e{random.Next(5)}");
        return client;
    }

    /// <summary>Mostly positive amounts across six orders of magnitude, some round, a few negative.</summary>
    private static decimal Amount(Random random) => random.Next(8) switch
    {
        0 => -random.Next(1, 1_000),
        1 => random.Next(1, 100) * 1_000m,
        _ => Math.Round((decimal)Math.Pow(10, random.NextDouble() * 6), 2),
    };

    private static DateOnly? DateOrNull(Random random) =>
        random.Next(8) == 0 ? null : AsOf.AddDays(-random.Next(-10, 900));
}

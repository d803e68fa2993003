using System.Globalization;
using System.Text;

namespace PortfolioEval.SampleBooks.Generation;

/// <summary>
/// Makes the client at any position of a book from the seed alone, so a book of a million clients is generated
/// one row at a time and the same seed always gives the same clients.
/// </summary>
public sealed class ClientFactory
{
    /// <summary>Soles per dollar, roughly; only to keep dollar deals in proportion.</summary>
    private const decimal PenPerUsd = 3.75m;

    private readonly int seed;
    private readonly BookProfile profile;
    private readonly Language language;
    private readonly DateOnly asOf;
    private readonly int coreStep;
    private readonly int coreOffset;

    public ClientFactory(int seed, BookProfile profile, Language language, DateOnly asOf)
    {
        (this.seed, this.profile, this.language, this.asOf) = (seed, profile, language, asOf);
        // Cores are visited in a seeded order: a step coprime with the count walks every core once before repeating.
        var random = new Random(seed);
        var cores = Words.Cores.Length;
        var steps = Enumerable.Range(7, cores).Where(s => Gcd(s, cores) == 1).ToList();
        coreStep = steps[random.Next(steps.Count)];
        coreOffset = random.Next(cores);
    }

    public FakeClient Create(long index)
    {
        var random = new Random(Mix(seed, index));
        var sector = PickSector(random);
        var country = profile.AllowAbroad ? Country.Pick(random) : Country.All[0];
        var core = Words.Cores[(int)((index % Words.Cores.Length * coreStep + coreOffset) % Words.Cores.Length)];
        var name = $"{Pick(random, sector.NamePrefixes)} {core}{Qualifier(index)} {Pick(random, country.LegalForms)}";
        var (first, last) = (Pick(random, Words.FirstNames), Pick(random, Words.LastNames));
        var person = $"{first} {last} {Pick(random, Words.LastNames)}";
        var lastContact = asOf.AddDays(-DaysSinceContact(random));
        var currency = random.NextDouble() < profile.UsdShare ? "USD" : "PEN";
        var value = Deal(random);

        return new FakeClient
        {
            Name = name,
            ContactPerson = person,
            Email = Email(random, first, last, core, country),
            Phone = country.Phone(random),
            TaxId = country.TaxId(random),
            Sector = sector,
            SectorText = Pick(random, sector.Spellings(language)),
            LastContact = lastContact,
            ContactType = Pick(random, Words.ContactTypes).In(language),
            DealValue = currency == "USD" ? decimal.Round(value / PenPerUsd, 2) : value,
            Currency = currency,
            Product = Pick(random, sector.Products).In(language),
            // A book is touched after the contact it records: the same day, or when someone tidied it up later.
            LastUpdate = lastContact.AddDays(random.Next(0, Math.Min(45, asOf.DayNumber - lastContact.DayNumber) + 1)),
            City = Pick(random, country.Cities),
            Country = country.Name.In(language),
            Notes = Pick(random, Words.Notes).In(language),
        };
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Spreads (seed, index) over the int range so neighbouring clients get unrelated random streams.</summary>
    internal static int Mix(int seed, long index)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    // The first round of cores has no qualifier; later rounds add one, then a number, so names never repeat.
    private static string Qualifier(long index)
    {
        var round = index / Words.Cores.Length;
        var qualifier = Words.Qualifiers[round % Words.Qualifiers.Length];
        var lap = round / Words.Qualifiers.Length;
        var text = qualifier.Length == 0 ? "" : " " + qualifier;
        return lap == 0 ? text : text + " " + (lap + 1).ToString(CultureInfo.InvariantCulture);
    }

    private Sector PickSector(Random random)
    {
        var ticket = random.Next(profile.Sectors.Sum(s => s.Weight));
        foreach (var (sector, weight) in profile.Sectors)
        {
            if ((ticket -= weight) < 0)
                return sector;
        }

        return profile.Sectors[0].Sector;
    }

    private int DaysSinceContact(Random random)
    {
        var span = profile.MaxDaysSinceContact - profile.MinDaysSinceContact;
        return profile.MinDaysSinceContact + (int)(span * Math.Pow(random.NextDouble(), profile.Recency));
    }

    // Pareto: most deals near the minimum, a few far above it. Capped so one account cannot be absurd.
    private decimal Deal(Random random)
    {
        var multiple = Math.Min(Math.Pow(1 - random.NextDouble(), -1 / profile.ParetoShape), 400);
        return decimal.Round(profile.MinDealPen * (decimal)multiple, 2);
    }

    // Companies mostly write from their own domain; small ones from gmail or hotmail.
    private static string Email(Random random, string first, string last, string core, Country country)
    {
        var user = $"{Ascii(first)[0]}{Ascii(last)}";
        return random.Next(5) == 0
            ? $"{user}.ventas@{(random.Next(2) == 0 ? "gmail.com" : "hotmail.com")}"
            : $"{user}@{Ascii(core)}{country.DomainSuffix}";
    }

    /// <summary>Lower-case ASCII letters and digits only: "Señor de Luren" becomes "senordeluren".</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}

using System.Globalization;

namespace PortfolioEval.SampleBooks.Generation;

/// <summary>
/// A country clients are in: its cities, how its phone numbers and tax ids look, its company legal forms and the
/// domain its companies' emails end in. Most clients of a Peruvian book are in Peru; a few are abroad.
/// </summary>
public sealed record Country(
    Bilingual Name,
    int Weight,
    IReadOnlyList<string> Cities,
    string DomainSuffix,
    IReadOnlyList<string> LegalForms,
    Func<Random, string> Phone,
    Func<Random, string> TaxId)
{
    public static readonly IReadOnlyList<Country> All =
    [
        new(new("Perú", "Peru"), 85,
            ["Lima", "Lima", "Lima", "Lima", "Callao", "Arequipa", "Trujillo", "Chiclayo", "Piura", "Cusco", "Ica",
             "Huancayo", "Cajamarca"],
            ".com.pe", ["S.A.C.", "S.A.C.", "S.A.C.", "SAC", "S.A.", "E.I.R.L.", "S.R.L.", "S.A.A."],
            r => $"+51 9{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 3)}", PeruvianRuc),
        new(new("Chile", "Chile"), 5, ["Santiago", "Antofagasta", "Concepción"], ".cl", ["SpA", "Ltda.", "S.A."],
            r => $"+56 9 {Digits(r, 4)} {Digits(r, 4)}", r => $"76.{Digits(r, 3)}.{Digits(r, 3)}-{Digits(r, 1)}"),
        new(new("Colombia", "Colombia"), 4, ["Bogotá", "Medellín", "Cali"], ".com.co", ["S.A.S.", "S.A.S.", "Ltda."],
            r => $"+57 3{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 4)}", r => $"900.{Digits(r, 3)}.{Digits(r, 3)}-{Digits(r, 1)}"),
        new(new("Ecuador", "Ecuador"), 4, ["Quito", "Guayaquil"], ".com.ec", ["S.A.", "Cía. Ltda."],
            r => $"+593 9{Digits(r, 1)} {Digits(r, 3)} {Digits(r, 4)}", r => $"17{Digits(r, 8)}001"),
        new(new("Bolivia", "Bolivia"), 2, ["La Paz", "Santa Cruz"], ".com.bo", ["S.R.L.", "S.A."],
            r => $"+591 7{Digits(r, 3)} {Digits(r, 4)}", r => Digits(r, 10)),
    ];

    public static Country Pick(Random random)
    {
        var ticket = random.Next(All.Sum(c => c.Weight));
        foreach (var country in All)
        {
            if ((ticket -= country.Weight) < 0)
                return country;
        }

        return All[0];
    }

    /// <summary>A company RUC: 20, eight digits, and SUNAT's modulo-11 check digit, so it passes a real validator.</summary>
    private static string PeruvianRuc(Random random)
    {
        var body = "20" + Digits(random, 8);
        ReadOnlySpan<int> weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
            sum += (body[i] - '0') * weights[i];
        var check = (11 - sum % 11) % 10;
        return body + check.ToString(CultureInfo.InvariantCulture);
    }

    private static string Digits(Random random, int count) =>
        string.Create(count, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = (char)('0' + r.Next(10));
        });
}

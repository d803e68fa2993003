using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>
/// Countries as ISO 3166-1 alpha-2 codes, with their Spanish and English names: "Perú", "Peru", "PER", "pe" and
/// "República del Perú" are all <c>PE</c>, so a recruiter filters by one country, named in their language. Matching is
/// folded (no case, accents or punctuation). A text that names no country here is kept as typed, never guessed.
/// The list covers the Americas, the Iberian Peninsula and the countries Latin American books most often name.
/// </summary>
public static class Countries
{
    private sealed record Country(string Code, string Alpha3, string Spanish, string English, string[] Aliases);

    private static readonly Country[] All =
    [
        new("AR", "ARG", "Argentina", "Argentina", ["república argentina"]),
        new("BO", "BOL", "Bolivia", "Bolivia", ["estado plurinacional de bolivia"]),
        new("BR", "BRA", "Brasil", "Brazil", []),
        new("CA", "CAN", "Canadá", "Canada", []),
        new("CL", "CHL", "Chile", "Chile", ["república de chile"]),
        new("CN", "CHN", "China", "China", []),
        new("CO", "COL", "Colombia", "Colombia", ["república de colombia"]),
        new("CR", "CRI", "Costa Rica", "Costa Rica", []),
        new("CU", "CUB", "Cuba", "Cuba", []),
        new("DE", "DEU", "Alemania", "Germany", []),
        new("DO", "DOM", "República Dominicana", "Dominican Republic", ["rep dominicana", "rep. dominicana"]),
        new("EC", "ECU", "Ecuador", "Ecuador", []),
        new("ES", "ESP", "España", "Spain", ["reino de españa"]),
        new("FR", "FRA", "Francia", "France", []),
        new("GB", "GBR", "Reino Unido", "United Kingdom", ["uk", "gran bretaña", "great britain", "inglaterra", "england"]),
        new("GT", "GTM", "Guatemala", "Guatemala", []),
        new("HN", "HND", "Honduras", "Honduras", []),
        new("IT", "ITA", "Italia", "Italy", []),
        new("JP", "JPN", "Japón", "Japan", []),
        new("MX", "MEX", "México", "Mexico", ["estados unidos mexicanos", "méjico"]),
        new("NI", "NIC", "Nicaragua", "Nicaragua", []),
        new("NL", "NLD", "Países Bajos", "Netherlands", ["holanda", "holland", "the netherlands"]),
        new("PA", "PAN", "Panamá", "Panama", []),
        new("PE", "PER", "Perú", "Peru", ["república del perú"]),
        new("PR", "PRI", "Puerto Rico", "Puerto Rico", []),
        new("PT", "PRT", "Portugal", "Portugal", []),
        new("PY", "PRY", "Paraguay", "Paraguay", []),
        new("SV", "SLV", "El Salvador", "El Salvador", []),
        new("US", "USA", "Estados Unidos", "United States", ["eeuu", "ee uu", "eua", "estados unidos de america",
            "united states of america", "us", "u s", "u s a"]),
        new("UY", "URY", "Uruguay", "Uruguay", []),
        new("VE", "VEN", "Venezuela", "Venezuela", ["república bolivariana de venezuela"]),
    ];

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, Country> ByName = BuildNames();

    /// <summary>The ISO code of the country <paramref name="text"/> names, or null when it names none we know.</summary>
    public static string? CodeOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ByName.GetValueOrDefault(TextFold.Fold(text))?.Code;

    /// <summary>
    /// The country's name in <paramref name="culture"/>'s language (Spanish, else English) when
    /// <paramref name="codeOrText"/> is a code we know; otherwise the text itself (books stored before countries were
    /// read as codes, or a country outside the list).
    /// </summary>
    public static string NameOf(string codeOrText, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(codeOrText);
        ArgumentNullException.ThrowIfNull(culture);
        if (!ByCode.TryGetValue(codeOrText, out var country))
            return codeOrText;
        return culture.TwoLetterISOLanguageName == "es" ? country.Spanish : country.English;
    }

    private static Dictionary<string, Country> BuildNames()
    {
        var names = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in All)
        {
            foreach (var name in new[] { country.Code, country.Alpha3, country.Spanish, country.English }.Concat(country.Aliases))
                names.TryAdd(TextFold.Fold(name), country);
        }

        return names;
    }
}

using System.Globalization;

namespace PortfolioEval.Web.Books;

/// <summary>
/// The locales a candidate can say their book was written in. The locale only decides what the values leave
/// open: whether 04/06/2026 is 4 June or April 6, whether 1.234 is a thousand or one point two.
/// </summary>
public static class BookCultures
{
    public static IReadOnlyList<string> Names { get; } =
        ["es-PE", "es-MX", "es-CL", "es-CO", "es-AR", "es-EC", "es-ES", "en-US", "en-GB"];

    public static bool IsKnown(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Spanish speakers default to Peru's conventions (day first, decimal comma), English speakers to the US's.</summary>
    public static string DefaultFor(CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(uiCulture);
        return uiCulture.TwoLetterISOLanguageName == "en" ? "en-US" : "es-PE";
    }

    public static string DisplayName(string name, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(uiCulture);
        var culture = CultureInfo.GetCultureInfo(name);
        return uiCulture.TwoLetterISOLanguageName == "es" ? culture.NativeName : culture.EnglishName;
    }
}

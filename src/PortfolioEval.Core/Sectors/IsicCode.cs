using System.Globalization;

namespace PortfolioEval.Sectors;

/// <summary>
/// One ISIC Rev.4 code (CIIU Rev.4 in Spanish) with its English and Spanish titles. <see cref="Code"/> is text:
/// sections are letters, and division, group and class codes keep their leading zeros ("01", "011", "0111").
/// </summary>
/// <param name="Parent">The code one level up; null for a section.</param>
public sealed record IsicCode(string Code, IsicLevel Level, string? Parent, string TitleEn, string TitleEs)
{
    /// <summary>The Spanish title for a Spanish culture (any country), the English title for every other.</summary>
    public string Title(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsSpanish(language) ? TitleEs : TitleEn;
    }

    internal static bool IsSpanish(CultureInfo language) =>
        string.Equals(language.TwoLetterISOLanguageName, "es", StringComparison.Ordinal);
}

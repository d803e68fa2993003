using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Consent;

/// <summary>Where a book's clients are: the country most of them give, as its ISO 3166 code when it names one we know.</summary>
public static class BookCountry
{
    /// <summary>Longer than this is no country name but some other text in the column; it is not counted.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// The most frequent country among <paramref name="clients"/>, as its ISO code (<see cref="Countries"/>: "Perú",
    /// "Peru" and "PE" are one country, also in books imported before countries were read as codes), else trimmed as
    /// typed; null when none gives one.
    /// Ties go to the first in ordinal order, so the answer never depends on the order of the rows.
    /// </summary>
    public static string? Of(IEnumerable<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients
            .Select(c => Countries.CodeOf(c.Country) ?? c.Country?.Trim())
            .Where(c => !string.IsNullOrEmpty(c) && c.Length <= MaxLength)
            .GroupBy(c => c!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}

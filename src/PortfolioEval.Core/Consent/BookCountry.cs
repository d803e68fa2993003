using PortfolioEval.Privacy;

namespace PortfolioEval.Consent;

/// <summary>Where a book's clients are: the country most of them give, as the candidate typed it.</summary>
public static class BookCountry
{
    /// <summary>Longer than this is no country name but some other text in the column; it is not counted.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// The most frequent country among <paramref name="clients"/>, trimmed; null when none gives one. Spellings are not
    /// merged ("Perú" and "Peru" are two countries): the dashboard lists the values present, so a recruiter sees both.
    /// Ties go to the first in ordinal order, so the answer never depends on the order of the rows.
    /// </summary>
    public static string? Of(IEnumerable<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients
            .Select(c => c.Country?.Trim())
            .Where(c => !string.IsNullOrEmpty(c) && c.Length <= MaxLength)
            .GroupBy(c => c!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}

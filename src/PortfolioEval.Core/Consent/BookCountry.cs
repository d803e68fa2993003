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
        var tally = new Tally();
        foreach (var client in tally.Counting(clients))
        {
        }

        return tally.Country;
    }

    /// <summary>
    /// The countries of a stream of clients counted as another reader (the scoring engine) goes through it, so a book
    /// is decrypted and decoded once for its report and its country, and never held as a list for the two.
    /// </summary>
    public sealed class Tally
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        /// <summary>The clients as they are, each counted as it passes.</summary>
        public IEnumerable<PseudonymisedClient> Counting(IEnumerable<PseudonymisedClient> clients)
        {
            ArgumentNullException.ThrowIfNull(clients);
            foreach (var client in clients)
            {
                var country = Countries.CodeOf(client.Country) ?? client.Country?.Trim();
                if (!string.IsNullOrEmpty(country) && country.Length <= MaxLength)
                    counts[country] = counts.GetValueOrDefault(country) + 1;
                yield return client;
            }
        }

        /// <summary>The most frequent country of the clients counted so far (<see cref="Of"/>).</summary>
        public string? Country
        {
            get
            {
                string? most = null;
                var count = 0;
                foreach (var (country, times) in counts)
                {
                    if (times > count || (times == count && string.CompareOrdinal(country, most) < 0))
                        (most, count) = (country, times);
                }

                return most;
            }
        }
    }
}

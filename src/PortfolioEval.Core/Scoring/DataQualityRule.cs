using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// Whether the book can be trusted as data: the fields the scores read are filled, a client appears once, the
/// import rejected few rows, and the book itself was kept up to date.
/// Score = 100 × (0.4 completeness + 0.2 (1 − duplicate share) + 0.2 (1 − rejected share) + 0.2 book recency).
/// </summary>
public static class DataQualityRule
{
    /// <summary>
    /// The fields the scores read. Email, phone and the like are not here: a candidate may rightly strip them before
    /// uploading (data minimisation), and scoring needs them only to find duplicates.
    /// </summary>
    public static readonly IReadOnlyList<BookField> FieldsThatMatter =
        [BookField.Sector, BookField.LastContactDate, BookField.LastUpdateDate, BookField.DealValue, BookField.Currency];

    /// <summary>Completeness covers five fields, the broadest of the four measures, so it weighs as two of the others.</summary>
    public const double CompletenessWeight = 0.4;
    public const double DuplicatesWeight = 0.2;
    public const double RejectedWeight = 0.2;
    public const double RecencyWeight = 0.2;

    /// <summary>A book updated within a month is current: monthly upkeep is the common rhythm of sales reporting.</summary>
    public const int CurrentBookDays = 30;

    /// <summary>A book untouched for a year is as stale as it gets, the same year as the freshness "over 365" band.</summary>
    public const int StaleBookDays = 365;

    public static QualityScore Score(IReadOnlyList<PseudonymisedClient> clients, BookFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(facts);
        var completeness = FieldsThatMatter
            .Select(field => (Field: field, Clients: clients.Count(c => Has(c, field))))
            .Select(f => new FieldCompleteness(f.Field, f.Clients, ScoreMath.Share(f.Clients, clients.Count)))
            .ToList();
        var duplicates = DuplicateClients(clients);
        var latestUpdate = clients.Select(c => c.LastUpdate).Max();
        int? daysSinceUpdate = latestUpdate is { } latest ? ScoreMath.DaysSince(latest, asOf) : null;

        var score = CompletenessWeight * completeness.Average(f => f.Share)
            + DuplicatesWeight * (1 - ScoreMath.Share(duplicates, clients.Count))
            + RejectedWeight * (1 - Math.Min(1, ScoreMath.Share(facts.RowsRejected, facts.RowsRead)))
            + RecencyWeight * Recency(daysSinceUpdate);
        // A book without clients has nothing to trust; the other measures would otherwise credit it for its emptiness.
        return new QualityScore(clients.Count > 0 ? ScoreMath.ToScore(score) : 0, completeness, duplicates, facts.RowsRead, facts.RowsRejected, daysSinceUpdate);
    }

    /// <summary>1 within <see cref="CurrentBookDays"/>, falling in a straight line to 0 at <see cref="StaleBookDays"/>; 0 with no update date.</summary>
    public static double Recency(int? daysSinceUpdate) => daysSinceUpdate switch
    {
        null => 0,
        <= CurrentBookDays => 1,
        >= StaleBookDays => 0,
        { } days => (double)(StaleBookDays - days) / (StaleBookDays - CurrentBookDays),
    };

    public static bool Has(PseudonymisedClient client, BookField field)
    {
        ArgumentNullException.ThrowIfNull(client);
        return field switch
        {
            BookField.Sector => !string.IsNullOrWhiteSpace(client.Sector),
            BookField.LastContactDate => client.LastContact is not null,
            BookField.LastUpdateDate => client.LastUpdate is not null,
            BookField.DealValue => client.Value is not null || client.ValuesByCurrency.Count > 0,
            BookField.Currency => client.Currency is not null || client.ValuesByCurrency.Any(v => v.Currency is not null),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field scoring reads."),
        };
    }

    /// <summary>True when the client lacks any of <see cref="FieldsThatMatter"/>.</summary>
    public static bool IsIncomplete(PseudonymisedClient client) => FieldsThatMatter.Any(f => !Has(client, f));

    /// <summary>Clients sharing an email, phone or tax id pseudonym with a client under another pseudonym.</summary>
    public static int DuplicateClients(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        // Per contact pseudonym, the first client seen with it and whether a client under another pseudonym has it too.
        var owners = new Dictionary<(char Kind, string Pseudonym), (string First, bool Shared)>();
        foreach (var client in clients)
        {
            foreach (var key in ContactKeys(client))
            {
                if (!owners.TryGetValue(key, out var owner))
                    owners.Add(key, (client.ClientPseudonym, false));
                else if (!owner.Shared && !string.Equals(owner.First, client.ClientPseudonym, StringComparison.Ordinal))
                    owners[key] = (owner.First, true);
            }
        }

        var duplicated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var client in clients)
        {
            foreach (var key in ContactKeys(client))
            {
                if (owners[key].Shared)
                    duplicated.Add(client.ClientPseudonym);
            }
        }

        return duplicated.Count;
    }

    private static IEnumerable<(char Kind, string Pseudonym)> ContactKeys(PseudonymisedClient client)
    {
        if (client.EmailPseudonym is { } email)
            yield return ('e', email);
        if (client.PhonePseudonym is { } phone)
            yield return ('p', phone);
        if (client.TaxIdPseudonym is { } taxId)
            yield return ('t', taxId);
    }
}

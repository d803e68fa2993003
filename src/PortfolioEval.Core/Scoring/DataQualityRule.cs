using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// Whether the book can be trusted as data: the fields the scores read are filled, a client appears once, the
/// import rejected few rows, and the book itself was kept up to date.
/// Score = 100 × (0.4 completeness + 0.2 (1 − duplicate share) + 0.2 (1 − rejected share) + 0.2 book recency), where a
/// book updated all on one day (a bulk edit) earns no recency.
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
        return Score(CompactBook.Read(clients), facts, asOf);
    }

    /// <summary>The book's clients as read, before any conversion.</summary>
    internal static QualityScore Score(CompactBook book, BookFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var clients = book.Span;
        // One pass over the clients for all the fields: a large book is read from memory once, not once a field.
        var filled = new int[FieldsThatMatter.Count];
        foreach (ref readonly var client in clients)
        {
            for (var field = 0; field < filled.Length; field++)
            {
                if (Has(client, FieldsThatMatter[field]))
                    filled[field]++;
            }
        }
        var completeness = FieldsThatMatter
            .Select((field, i) => new FieldCompleteness(field, filled[i], ScoreMath.Share(filled[i], book.Count)))
            .ToList();
        var duplicates = DuplicateClients(book);
        DateOnly? latestUpdate = null;
        foreach (ref readonly var client in clients)
        {
            if (client.LastUpdate is { } update && (latestUpdate is null || update > latestUpdate))
                latestUpdate = update;
        }
        int? daysSinceUpdate = latestUpdate is { } latest ? ScoreMath.DaysSince(latest, asOf) : null;
        var bulk = IsBulkUpdated(clients);

        var score = CompletenessWeight * completeness.Average(f => f.Share)
            + DuplicatesWeight * (1 - ScoreMath.Share(duplicates, book.Count))
            + RejectedWeight * (1 - Math.Min(1, ScoreMath.Share(facts.RowsRejected, facts.RowsRead)))
            + RecencyWeight * (bulk ? 0 : Recency(daysSinceUpdate));
        // A book without clients has nothing to trust; the other measures would otherwise credit it for its emptiness.
        return new QualityScore(book.Count > 0 ? ScoreMath.ToScore(score) : 0, completeness, duplicates, facts.RowsRead, facts.RowsRejected, daysSinceUpdate)
            { BulkUpdated = bulk };
    }

    /// <summary>
    /// More than nine in ten update dates on one day (and at least five dates): a bulk edit, not upkeep. Such a book earns
    /// no credit for being recently updated (since version 2), as the same pattern is one of the plausibility questions.
    /// </summary>
    internal static bool IsBulkUpdated(ReadOnlySpan<CompactClient> clients)
    {
        var updates = new PlausibilityRule.DayCounts();
        foreach (ref readonly var client in clients)
        {
            if (client.LastUpdate is { } update)
                updates.Add(update);
        }

        return updates.Count >= PlausibilityRule.MinimumUpdateDates && updates.LargestDayShare > PlausibilityRule.OneDayUpdateThreshold;
    }

    /// <summary>1 within <see cref="CurrentBookDays"/>, falling in a straight line to 0 at <see cref="StaleBookDays"/>; 0 with no update date.</summary>
    public static double Recency(int? daysSinceUpdate) => daysSinceUpdate switch
    {
        null => 0,
        <= CurrentBookDays => 1,
        >= StaleBookDays => 0,
        { } days => (double)(StaleBookDays - days) / (StaleBookDays - CurrentBookDays),
    };

    public static bool Has(in CompactClient client, BookField field)
    {
        return field switch
        {
            BookField.Sector => !string.IsNullOrWhiteSpace(client.Sector),
            BookField.LastContactDate => client.LastContact is not null,
            BookField.LastUpdateDate => client.LastUpdate is not null,
            BookField.DealValue => client.Value is not null || client.AmountCount > 0,
            BookField.Currency => client.Currency is not null || AnyCurrency(client),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field scoring reads."),
        };
    }

    private static bool AnyCurrency(in CompactClient client)
    {
        for (var i = 0; i < client.AmountCount; i++)
        {
            if (client.AmountAt(i).Currency is not null)
                return true;
        }

        return false;
    }

    /// <summary>True when the client lacks any of <see cref="FieldsThatMatter"/>.</summary>
    public static bool IsIncomplete(in CompactClient client)
    {
        for (var field = 0; field < FieldsThatMatter.Count; field++)
        {
            if (!Has(client, FieldsThatMatter[field]))
                return true;
        }

        return false;
    }

    /// <summary>Clients sharing an email, phone or tax id pseudonym with a client under another pseudonym.</summary>
    public static int DuplicateClients(IReadOnlyList<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return DuplicateClients(CompactBook.Read(clients));
    }

    private static int DuplicateClients(CompactBook book)
    {
        // Marked by position, then the distinct pseudonyms among the marked counted by sorting them in the same buffer:
        // a set of a million pseudonyms (and the arrays it outgrew) was some 100 MB of a million-client book.
        var duplicated = new bool[book.Count];
        // Emails, phones and tax ids apart (an email's pseudonym never matches a phone's). A contact shared by clients
        // under two pseudonyms or more makes every one of them a duplicate.
        var buffer = book.Pairs;
        foreach (var kind in (SharedKeys.Key[][])[book.Emails, book.Phones, book.TaxIds])
        {
            SharedKeys.Runs(book.Count, i => kind[i], textOnly: false, buffer, run =>
            {
                var first = book.Clients[run[0].At].ClientKey;
                var shared = false;
                foreach (var (_, at) in run)
                    shared |= book.Clients[at].ClientKey != first;
                if (!shared)
                    return;
                foreach (var (_, at) in run)
                    duplicated[at] = true;
            });
        }

        return SharedKeys.Distinct(book.Count, i => duplicated[i] ? SharedKeys.Key.Of(book.Clients[i].ClientKey, book.Texts) : default, buffer);
    }
}

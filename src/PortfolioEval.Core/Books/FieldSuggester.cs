namespace PortfolioEval.Books;

/// <summary>
/// Suggests a field for each column from its header (see <see cref="HeaderSynonyms"/>) and, where the header says
/// nothing, from its values: mostly emails, mostly dates, mostly money. Each field goes to one column only: the one
/// whose evidence is strongest (exact header, then header containing a synonym, then values; leftmost on a tie).
/// </summary>
internal static class FieldSuggester
{
    // Share of a column's non-empty values that must agree before the values alone name the field.
    private const double ValueShare = 0.8;

    public static IReadOnlyList<ColumnInfo> Suggest(SheetProfile profile)
    {
        var columns = new List<ColumnInfo>(profile.Width);
        for (var i = 0; i < profile.Width; i++)
            columns.Add(SuggestOne(i, profile.HeaderText(i), profile.Column(i)));

        foreach (var group in columns.Where(c => c.SuggestedField != BookField.Ignore).GroupBy(c => c.SuggestedField).ToList())
        {
            var winner = group.OrderBy(c => Strength(c.Reason)).ThenBy(c => c.Index).First();
            foreach (var loser in group.Where(c => c != winner))
                columns[loser.Index] = loser with { SuggestedField = BookField.Ignore, Reason = SuggestionReason.FieldTakenByAnotherColumn };
        }

        return columns;
    }

    private static ColumnInfo SuggestOne(int index, string header, ColumnProfile values)
    {
        var (field, reason) = HeaderSynonyms.Match(header);
        var share = (double)Math.Max(values.NonEmpty, 1);
        var byValues = values.NonEmpty == 0 ? (BookField.Ignore, SuggestionReason.None)
            : values.Emails / share >= ValueShare ? (BookField.Email, SuggestionReason.ValuesLookLikeEmails)
            : values.Dates / share >= ValueShare ? (BookField.LastContactDate, SuggestionReason.ValuesLookLikeDates)
            : values.Amounts / share >= ValueShare && values.MoneyLike > 0 ? (BookField.DealValue, SuggestionReason.ValuesLookLikeAmounts)
            : (BookField.Ignore, SuggestionReason.None);

        // Emails are unmistakable: they beat a header that only contains a word ("Contacto email" is the email).
        if (byValues.Item1 == BookField.Email && reason != SuggestionReason.HeaderSynonym)
            (field, reason) = byValues;
        else if (field == BookField.Ignore)
            (field, reason) = byValues;

        return new ColumnInfo(index, header, field, reason,
            values.TextDates > 0 ? values.DateVote.Detected : null,
            values.TextAmounts > 0 ? values.DetectedSeparator : null);
    }

    private static int Strength(SuggestionReason reason) => reason switch
    {
        SuggestionReason.HeaderSynonym => 0,
        SuggestionReason.HeaderContainsSynonym => 1,
        _ => 2,
    };
}

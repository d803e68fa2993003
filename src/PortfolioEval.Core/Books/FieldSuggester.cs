namespace PortfolioEval.Books;

/// <summary>
/// Proposes a field for each column: every column's candidate fields are scored from header and values
/// (<see cref="ColumnScorer"/>), then fields are handed out best score first, one field a column and one column a
/// field (leftmost on a tie). So "Empresa" takes the client and "Nombre" beside it falls to the contact person, and
/// "Customer Name" takes the client before "Customer ID". Each column keeps the evidence behind its proposal.
/// </summary>
internal static class FieldSuggester
{
    /// <param name="isKnownSector">Whether a text is a sector the portal knows; null leaves sector columns to their header.</param>
    public static IReadOnlyList<ColumnInfo> Suggest(SheetProfile profile, Func<string, bool>? isKnownSector = null)
    {
        var scored = Enumerable.Range(0, profile.Width)
            .Select(i => ColumnScorer.Score(profile.HeaderText(i), profile.Column(i), isKnownSector)).ToList();

        var chosen = new Dictionary<int, ColumnScorer.Candidate>();
        var holder = new Dictionary<BookField, int>();
        foreach (var (column, candidate) in scored
                     .SelectMany((s, i) => s.Candidates.Select(c => (Column: i, Candidate: c)))
                     .OrderByDescending(p => p.Candidate.Score).ThenBy(p => p.Column))
        {
            if (chosen.ContainsKey(column) || holder.ContainsKey(candidate.Field))
                continue;
            chosen[column] = candidate;
            holder[candidate.Field] = column;
        }

        return [.. scored.Select((s, i) => Describe(i, profile, s, chosen.GetValueOrDefault(i), holder))];
    }

    private static ColumnInfo Describe(int index, SheetProfile profile, ColumnScorer.Scored scored, ColumnScorer.Candidate? chosen,
        Dictionary<BookField, int> holder)
    {
        var header = profile.HeaderText(index);
        var evidence = new List<ProposalEvidence>();
        if (scored.Words.Length > 0 && !string.Equals(scored.Words, TextFold.Fold(header), StringComparison.Ordinal))
            evidence.Add(new ProposalEvidence(EvidenceKind.HeaderReadAs, chosen?.Field ?? BookField.Ignore, scored.Words));

        // The better field this column lost, if any: said first, so the page explains why it got its second choice.
        var best = scored.Candidates.Count > 0 ? scored.Candidates[0] : null;
        if (best is not null && best.Field != chosen?.Field && holder.TryGetValue(best.Field, out var other))
        {
            var kind = best.Field == BookField.Client && chosen?.Field == BookField.ContactPerson ? EvidenceKind.CompanyIsTheClient : EvidenceKind.TakenBy;
            evidence.Add(new ProposalEvidence(kind, best.Field, profile.HeaderText(other)));
        }

        // What ruled fields out is said only when the column got none: beside its field it would be noise.
        if (chosen is not null)
            evidence.AddRange(chosen.Evidence);
        else
            evidence.AddRange(scored.Against);

        var values = profile.Column(index);
        var reason = chosen?.Reason ?? (best is not null ? SuggestionReason.FieldTakenByAnotherColumn : SuggestionReason.None);
        return new ColumnInfo(index, header, chosen?.Field ?? BookField.Ignore, reason,
            values.TextDates > 0 ? values.DateVote.Detected : null,
            values.TextAmounts > 0 ? values.DetectedSeparator : null)
        {
            Evidence = evidence,
        };
    }
}

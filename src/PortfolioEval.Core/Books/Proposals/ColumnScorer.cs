namespace PortfolioEval.Books;

/// <summary>
/// Scores each field a column might hold, from its header (<see cref="HeaderEvidence"/>) and its values
/// (<see cref="ColumnProfile"/>). Values can veto: a column that is not numbers is never a numeric field, nor one that
/// is not dates a date field, nor one whose values are mostly not sectors the sector. Codes lose to names for the
/// client and the product; legal forms (S.A.C., Inc) make a column the company rather than a person.
/// </summary>
internal static class ColumnScorer
{
    /// <summary>A field proposed for a column, with its score and the evidence for it.</summary>
    public sealed record Candidate(BookField Field, int Score, SuggestionReason Reason, IReadOnlyList<ProposalEvidence> Evidence);

    /// <summary>What one column may hold, best first, and what was held against the fields its header named.</summary>
    public sealed record Scored(string Words, IReadOnlyList<Candidate> Candidates, IReadOnlyList<ProposalEvidence> Against);

    // Share of a column's non-empty values that must agree before the values alone name or rule out a field.
    private const double ValueShare = 0.8;

    // Below this share of numbers (or dates) a column is not numeric (or not dates): it is never proposed for such a field.
    private const double VetoShare = 0.5;

    // "Most values" for a sector: more than half of the sampled values are sectors the portal knows.
    private const double SectorShare = 0.5;

    private const int ValueOnlyScore = 45;

    public static Scored Score(string header, ColumnProfile values, Func<string, bool>? isKnownSector)
    {
        ArgumentNullException.ThrowIfNull(values);
        var words = HeaderWords.Split(header);
        var against = new List<ProposalEvidence>();
        if (words.Length > 0 && HeaderEvidence.NamesSeller(words))
            against.Add(new ProposalEvidence(EvidenceKind.HeaderNamesSeller, BookField.Ignore, words));

        var facts = new ValueFacts(values, isKnownSector);
        var candidates = new List<Candidate>();
        foreach (var match in HeaderEvidence.ForWords(words, HeaderEvidence.LastPart(header)))
        {
            var evidence = new List<ProposalEvidence>
            {
                new(match.Exact ? EvidenceKind.HeaderIsName : EvidenceKind.HeaderHasWords, match.Field, match.Synonym),
            };
            if (HeaderEvidence.SaysCodes(words) && !HeaderEvidence.SaysCodes(match.Synonym) && IsName(match.Field))
                evidence.Add(new ProposalEvidence(EvidenceKind.HeaderSaysCodes, match.Field));
            var (adjust, veto) = facts.Weigh(match.Field, evidence);
            if (veto)
                against.AddRange(evidence.Where(e => e.Against));
            else
                candidates.Add(new Candidate(match.Field, match.Score + adjust, match.Exact ? SuggestionReason.HeaderSynonym : SuggestionReason.HeaderContainsSynonym, evidence));
        }

        if (against.All(a => a.Kind != EvidenceKind.HeaderNamesSeller) && !HeaderEvidence.NamesNoField(words))
            candidates.AddRange(facts.ValueOnly().Where(v => candidates.All(c => c.Field != v.Field)));
        return new Scored(words, [.. candidates.OrderByDescending(c => c.Score)], against);
    }

    private static bool IsName(BookField field) => field is BookField.Client or BookField.ContactPerson or BookField.Product;

    /// <summary>The kind of value a field holds: a new field is text unless listed here.</summary>
    private static bool IsNumber(BookField field) => field is BookField.DealValue or BookField.OutstandingBalance
        or BookField.DaysOverdue or BookField.PurchaseCount or BookField.Quantity or BookField.UnitPrice;

    private static bool IsDate(BookField field) => field is BookField.LastContactDate or BookField.LastUpdateDate;

    private sealed class ValueFacts(ColumnProfile values, Func<string, bool>? isKnownSector)
    {
        private readonly double count = Math.Max(values.NonEmpty, 1);
        private int? sectorPercent;
        private int? companyPercent;

        private bool Empty => values.NonEmpty == 0;
        private bool Numbers => values.Amounts / count >= ValueShare;
        private bool Dates => values.Dates / count >= ValueShare;
        private bool NotNumbers => values.Amounts / count < VetoShare;
        private bool NotDates => (values.Dates + values.Serials) / count < VetoShare;
        private bool Emails => values.Emails / count >= ValueShare;
        private bool DatesOrNumbers => (values.Dates + values.Amounts) / count >= ValueShare;
        private bool Codes => values.CodeLike / count >= ValueShare;
        private bool Names => values.NameLike / count >= 0.5;

        private int SectorPercent => sectorPercent ??= values.Sample.Count == 0 || isKnownSector is null ? 0
            : (int)Math.Round(100.0 * values.Sample.Count(isKnownSector) / values.Sample.Count);

        // Share of the sampled names carrying a legal form: ClientKey strips "S.A.C.", "Inc", "Ltda".
        private int CompanyPercent => companyPercent ??= values.Sample.Count == 0 ? 0
            : (int)Math.Round(100.0 * values.Sample.Count(v => ClientKey.Normalise(v) != TextFold.Fold(v)) / values.Sample.Count);

        /// <summary>How the values move a field's header score, with the evidence; veto when they rule it out.</summary>
        public (int Adjust, bool Veto) Weigh(BookField field, List<ProposalEvidence> evidence)
        {
            if (Empty)
                return (0, false);
            if (IsNumber(field))
                return NotNumbers ? Veto(EvidenceKind.ValuesNotNumbers) : Numbers ? Add(10, EvidenceKind.ValuesAreNumbers) : (0, false);
            if (IsDate(field))
                return NotDates ? Veto(EvidenceKind.ValuesNotDates) : Dates ? Add(10, EvidenceKind.ValuesAreDates) : (0, false);
            if (field == BookField.Email)
                return Emails ? Add(10, EvidenceKind.ValuesAreEmails) : (0, false);
            if (field == BookField.Sector && isKnownSector is not null)
                return SectorPercent >= SectorShare * 100 ? Add(10, EvidenceKind.ValuesAreSectors, SectorPercent)
                    : Veto(EvidenceKind.ValuesNotSectors, SectorPercent);
            if (!IsName(field))
                return (0, false);
            if (DatesOrNumbers)
                return Veto(EvidenceKind.ValuesNotNames);
            if (Codes)
                return Add(-25, EvidenceKind.ValuesAreCodes);
            var adjust = Names ? 5 : 0;
            if (field is BookField.Client or BookField.ContactPerson && CompanyPercent >= 30)
            {
                evidence.Add(new ProposalEvidence(EvidenceKind.ValuesAreCompanies, field, Percent: CompanyPercent));
                return (field == BookField.Client ? adjust + 15 : adjust - 15, false);
            }
            if (Names)
                evidence.Add(new ProposalEvidence(EvidenceKind.ValuesAreNames, field));
            return (adjust, false);

            (int, bool) Add(int by, EvidenceKind kind, int? percent = null)
            {
                evidence.Add(new ProposalEvidence(kind, field, Percent: percent));
                return (by, false);
            }

            (int, bool) Veto(EvidenceKind kind, int? percent = null)
            {
                evidence.Add(new ProposalEvidence(kind, field, Percent: percent));
                return (0, true);
            }
        }

        /// <summary>Fields the values name with no help from the header.</summary>
        public IEnumerable<Candidate> ValueOnly()
        {
            if (Empty)
                yield break;
            if (Emails)
                yield return new Candidate(BookField.Email, 90, SuggestionReason.ValuesLookLikeEmails, [new(EvidenceKind.ValuesAreEmails, BookField.Email)]);
            else if (Dates)
                yield return new Candidate(BookField.LastContactDate, ValueOnlyScore, SuggestionReason.ValuesLookLikeDates, [new(EvidenceKind.ValuesAreDates, BookField.LastContactDate)]);
            else if (Numbers && values.MoneyLike > 0)
                yield return new Candidate(BookField.DealValue, ValueOnlyScore, SuggestionReason.ValuesLookLikeAmounts, [new(EvidenceKind.ValuesAreAmounts, BookField.DealValue)]);
        }
    }
}

namespace PortfolioEval.Books;

/// <summary>One thing the reader noticed about a column, for or against a field: the mapping page words each one.</summary>
public enum EvidenceKind
{
    /// <summary>The header is a name for the field.</summary>
    HeaderIsName,

    /// <summary>The header contains <see cref="ProposalEvidence.Words"/>, a name for the field.</summary>
    HeaderHasWords,

    /// <summary>A header written as one word was read as <see cref="ProposalEvidence.Words"/>.</summary>
    HeaderReadAs,

    /// <summary>The header names the salesperson or the team (owner, agent), not the client: no field is proposed.</summary>
    HeaderNamesSeller,

    /// <summary>The header says the column holds ids or codes.</summary>
    HeaderSaysCodes,

    ValuesAreNumbers,
    ValuesAreDates,
    ValuesAreEmails,
    ValuesAreAmounts,

    /// <summary><see cref="ProposalEvidence.Percent"/> of the values are sectors the portal knows.</summary>
    ValuesAreSectors,

    ValuesAreNames,

    /// <summary>Many values carry a legal form (S.A.C., Inc, Ltda): companies, not people.</summary>
    ValuesAreCompanies,

    /// <summary>Against the field: its values are not numbers.</summary>
    ValuesNotNumbers,

    /// <summary>Against the field: its values are not dates.</summary>
    ValuesNotDates,

    /// <summary>Against the sector: only <see cref="ProposalEvidence.Percent"/> of the values are sectors the portal knows.</summary>
    ValuesNotSectors,

    /// <summary>Against a name field: the values are dates or numbers.</summary>
    ValuesNotNames,

    /// <summary>Against a name field: the values look like codes ("CG-12520").</summary>
    ValuesAreCodes,

    /// <summary>Column <see cref="ProposalEvidence.Words"/> matched the field better.</summary>
    TakenBy,

    /// <summary>Column <see cref="ProposalEvidence.Words"/> holds the company, so this person is its contact.</summary>
    CompanyIsTheClient,
}

/// <summary>
/// A reason for or against proposing <see cref="Field"/> for a column. <see cref="Words"/> is header text (the column's
/// own, read into words, or another column's header), never a cell value: the inspection is shown and kept.
/// </summary>
public sealed record ProposalEvidence(EvidenceKind Kind, BookField Field, string? Words = null, int? Percent = null)
{
    /// <summary>Whether this speaks against the field.</summary>
    public bool Against => Kind is EvidenceKind.ValuesNotNumbers or EvidenceKind.ValuesNotDates or EvidenceKind.ValuesNotSectors
        or EvidenceKind.ValuesNotNames or EvidenceKind.ValuesAreCodes or EvidenceKind.HeaderSaysCodes or EvidenceKind.TakenBy
        or EvidenceKind.HeaderNamesSeller;
}

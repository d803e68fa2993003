namespace PortfolioEval.Books;

/// <summary>Why a column got its suggested field.</summary>
public enum SuggestionReason
{
    /// <summary>Nothing recognised: left to the candidate.</summary>
    None,

    /// <summary>The header is a known name for the field (e.g. "Rubro" for sector).</summary>
    HeaderSynonym,

    /// <summary>The header contains a known name for the field (e.g. "Teléfono móvil").</summary>
    HeaderContainsSynonym,

    ValuesLookLikeEmails,
    ValuesLookLikeDates,
    ValuesLookLikeAmounts,

    /// <summary>Another column matched the same field better; this one is ignored unless the candidate says otherwise.</summary>
    FieldTakenByAnotherColumn,
}

/// <summary>A column of the chosen sheet, with what the reader suggests it holds.</summary>
/// <param name="Index">0-based column position in the sheet (A = 0).</param>
/// <param name="DateOrder">Date order settled by the column's values; null when the column holds no text dates.</param>
/// <param name="DecimalSeparator">Decimal separator settled by the column's values; null when it holds no text amounts.</param>
public sealed record ColumnInfo(
    int Index,
    string Header,
    BookField SuggestedField,
    SuggestionReason Reason,
    DateOrder? DateOrder = null,
    DecimalSeparator? DecimalSeparator = null)
{
    /// <summary>Why the column got its field (or none), for the mapping page: header words, what the values are, what it lost to.</summary>
    public IReadOnlyList<ProposalEvidence> Evidence { get; init; } = [];
}

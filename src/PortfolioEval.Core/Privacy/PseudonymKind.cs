namespace PortfolioEval.Privacy;

/// <summary>
/// What an identifying value is. The kind is hashed with the value, so the same text as an email and as a contact
/// gives unrelated pseudonyms, and it picks the normalisation. The numbers are part of the pseudonyms: never renumber.
/// </summary>
public enum PseudonymKind
{
    /// <summary>Folded like the reader's client key: case, accents, punctuation and legal suffix ("S.A.C.") go.</summary>
    Client = 1,

    /// <summary>Case, accents, punctuation and repeated spaces go.</summary>
    ContactPerson = 2,

    /// <summary>Trimmed and lower-cased.</summary>
    Email = 3,

    /// <summary>Digits only; a country code is kept as written (dropping it would be a guess).</summary>
    Phone = 4,

    /// <summary>Letters, digits and '&amp;', upper-cased; separators go, accents stay ('Ñ' is a letter of Mexico's RFC).</summary>
    TaxId = 5,

    /// <summary>Case, accents, punctuation and repeated spaces go.</summary>
    Address = 6,
}

using FsCheck;
using FsCheck.Xunit;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Privacy.Support;

namespace PortfolioEval.Tests.Privacy;

[Properties(Arbitrary = [typeof(PrivacyArbitraries)], MaxTest = 300)]
public class PseudonymPropertyTests
{
    private static readonly PseudonymKind[] Kinds = Enum.GetValues<PseudonymKind>();

    private static PseudonymKind KindOf(byte pick) => Kinds[pick % Kinds.Length];

    [Property]
    public bool Pseudonym_SameSecretSameValue_IsStable(CandidateSecret secret, NonEmptyString value, byte pick)
    {
        using var again = CandidateSecret.FromBytes(secret.Bytes);

        return Pseudonyms.Of(KindOf(pick), value.Get, secret) == Pseudonyms.Of(KindOf(pick), value.Get, again);
    }

    [Property]
    public bool Pseudonym_TwoRandomSecrets_Differ(CandidateSecret one, CandidateSecret other, NonEmptyString value, byte pick)
    {
        var first = Pseudonyms.Of(KindOf(pick), value.Get, one);

        // Blank or nothing-left values have no pseudonym under any secret.
        return first is null
            ? Pseudonyms.Of(KindOf(pick), value.Get, other) is null
            : one.Bytes.SequenceEqual(other.Bytes) || first != Pseudonyms.Of(KindOf(pick), value.Get, other);
    }

    [Property]
    public bool Pseudonym_DifferentNormalisedValues_Differ(CandidateSecret secret, NonEmptyString one, NonEmptyString other, byte pick)
    {
        var kind = KindOf(pick);
        var first = Pseudonyms.Of(kind, one.Get, secret);
        var second = Pseudonyms.Of(kind, other.Get, secret);

        // Equal exactly when the folded values are equal: no collisions, and no folding the folds did not promise.
        return first is null || second is null
            || (first == second) == (PseudonymInput.Normalise(kind, one.Get) == PseudonymInput.Normalise(kind, other.Get));
    }

    [Property]
    public bool Pseudonym_ClientNameInAnyCaseWithLegalSuffix_MatchesThePlainName(CandidateSecret secret, bool upper, byte suffix)
    {
        string[] suffixes = ["", " S.A.C.", " SAC", " s.a.", " S.R.L.", ", Cía. Ltda.", " S.A. de C.V.", " E.I.R.L."];
        var written = "Minería Los Andes" + suffixes[suffix % suffixes.Length];
        written = upper ? written.ToUpperInvariant() : written;

        return Pseudonyms.Of(PseudonymKind.Client, written, secret) == Pseudonyms.Of(PseudonymKind.Client, "mineria los andes", secret);
    }

    [Property]
    public bool Pseudonym_EmailInAnyCaseWithPadding_MatchesLowerCase(CandidateSecret secret, bool[] upper, PositiveInt padding)
    {
        const string email = "ana.perez@andina.pe";
        var cased = string.Concat(email.Select((c, i) => upper.Length > 0 && upper[i % upper.Length] ? char.ToUpperInvariant(c) : c));
        var padded = new string(' ', padding.Get % 4) + cased + new string('\t', padding.Get % 3);

        return Pseudonyms.Of(PseudonymKind.Email, padded, secret) == Pseudonyms.Of(PseudonymKind.Email, email, secret);
    }

    [Property]
    public bool Pseudonym_PhoneWithAnySeparators_MatchesItsDigits(CandidateSecret secret, PositiveInt[] separators)
    {
        const string digits = "51987654321";
        string[] marks = ["", " ", "-", ".", "(", ")", "+", " ext "];
        var written = string.Concat(digits.Select((d, i) =>
            (separators.Length == 0 ? "" : marks[separators[i % separators.Length].Get % marks.Length]) + d));

        return Pseudonyms.Of(PseudonymKind.Phone, written, secret) == Pseudonyms.Of(PseudonymKind.Phone, digits, secret);
    }
}

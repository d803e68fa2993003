using System.Globalization;
using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// Folds an identifying value before it is hashed, so the ways people write the same thing give one pseudonym.
/// Each fold only removes what cannot tell two real values apart; an empty result means "nothing to pseudonymise".
/// </summary>
internal static class PseudonymInput
{
    public static string Normalise(PseudonymKind kind, string value) => kind switch
    {
        // The reader merges rows by this key, so the pseudonym must fold exactly as it does: "ACME S.A.C." = "Acme SAC".
        PseudonymKind.Client => ClientKey.Normalise(value),
        PseudonymKind.ContactPerson or PseudonymKind.Address => TextFold.Fold(value),
        // The local part is case-sensitive in theory and never in practice; nothing else is safe to fold.
        PseudonymKind.Email => value.Trim().ToLowerInvariant(),
        PseudonymKind.Phone => Digits(value),
        PseudonymKind.TaxId => TaxId(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pseudonym kind."),
    };

    /// <summary>
    /// <see cref="Normalise"/> written into <paramref name="folded"/> without making a string, for the values that
    /// allow it: a client name that is already its key, plain ASCII contacts, addresses and tax ids, any email or
    /// phone that fits. False (nothing written)
    /// for the rest, which go through <see cref="Normalise"/>; the two give the same characters.
    /// </summary>
    public static bool TryNormalise(PseudonymKind kind, ReadOnlySpan<char> value, Span<char> folded, out int written)
    {
        written = 0;
        if (value.Length > folded.Length)
            return false;
        switch (kind)
        {
            case PseudonymKind.Client when ClientKey.IsKey(value):
                value.CopyTo(folded);
                written = value.Length;
                return true;
            case PseudonymKind.ContactPerson or PseudonymKind.Address when System.Text.Ascii.IsValid(value):
                written = TextFold.FoldAscii(value, folded);
                return true;
            case PseudonymKind.Email:
                written = value.Trim().ToLowerInvariant(folded);
                return written >= 0;
            case PseudonymKind.Phone:
                foreach (var c in value)
                {
                    var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
                    if (digit >= 0)
                        folded[written++] = (char)('0' + digit);
                }

                return true;
            case PseudonymKind.TaxId when System.Text.Ascii.IsValid(value):
                // ASCII is already in composed form: no normalisation to do.
                foreach (var c in value)
                {
                    if (char.IsAsciiLetterOrDigit(c) || c == '&')
                        folded[written++] = char.ToUpperInvariant(c);
                }

                return true;
            default:
                return false;
        }
    }

    // Digits only: "+51 987-654-321" and "51987654321" are one number. A country code is not dropped: without a
    // numbering plan "51987654321" could be Peru's 987654321 or a local number starting 51, and a wrong guess would
    // merge two clients. So "987654321" and "+51 987654321" stay different; the reader keeps what the book wrote.
    private static string Digits(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            // Any script's decimal digits (full-width, Arabic-Indic) count as the ASCII digit they stand for.
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
                builder.Append((char)('0' + digit));
        }

        return builder.ToString();
    }

    // Letters and digits, upper case: "20-12345678-9", "20123456789" and "B-1234.5678" lose only their separators.
    // Accents are kept and '&' too, because Mexico's RFC uses 'Ñ' and '&' as letters ("Ñ&A010101AB1").
    private static string TaxId(string value)
    {
        var composed = value.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (char.IsLetterOrDigit(c) || c == '&')
                builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}

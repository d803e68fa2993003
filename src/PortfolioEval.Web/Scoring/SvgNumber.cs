using System.Globalization;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// A chart coordinate as the format "0.#" writes it in the invariant culture (one decimal, rounded half away from
/// zero, none when it is 0; a negative value that rounds to 0 is written "0", not "-0"), but with whole-number
/// arithmetic. A comparison draws a few hundred coordinates a request,
/// and a double's formatting at a precision took 2-3% of its CPU (bench/README.md, branch `compare`). Interpolated into
/// a <see cref="System.Text.StringBuilder"/> without boxing.
/// </summary>
public readonly struct SvgNumber(double value) : ISpanFormattable
{
    public static SvgNumber Tenths(double value) => new(value);

    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> text = stackalloc char[32];
        return TryFormat(text, out var written, format, formatProvider)
            ? new string(text[..written])
            : value.ToString("0.#", CultureInfo.InvariantCulture);
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        // Not a number, or larger than any chart's coordinate: the double's own formatting.
        if (!(Math.Abs(value) < 1e14))
            return value.TryFormat(destination, out charsWritten, "0.#", CultureInfo.InvariantCulture);
        // Read through decimal (15 significant digits, as "0.#" reads a double), so 1.15 rounds to 1.2 as it prints,
        // not to the 1.1 of its binary 1.1499….
        var tenths = (long)Math.Round((decimal)value * 10, MidpointRounding.AwayFromZero);
        var units = Math.Abs(tenths);
        charsWritten = 0;
        if (tenths < 0)
        {
            if (destination.IsEmpty)
                return false;
            destination[charsWritten++] = '-';
        }
        if (!(units / 10).TryFormat(destination[charsWritten..], out var whole, default, CultureInfo.InvariantCulture))
            return false;
        charsWritten += whole;
        if (units % 10 == 0)
            return true;
        if (destination.Length < charsWritten + 2)
            return false;
        destination[charsWritten++] = '.';
        destination[charsWritten++] = (char)('0' + units % 10);
        return true;
    }
}

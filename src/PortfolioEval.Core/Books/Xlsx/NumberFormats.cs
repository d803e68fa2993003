namespace PortfolioEval.Books.Xlsx;

/// <summary>What a cell's number format makes of its number: a date, a duration, or just a number.</summary>
internal enum NumberKind { Number, Date, Duration }

/// <summary>
/// Tells date and duration formats from number formats, as ExcelDataReader does (ECMA-376 §18.8.30–31): a built-in
/// id is looked up; a format code is split into tokens, and a section made of date parts (y, m, d, h, s, g, AM/PM)
/// is a date, one with elapsed time ([h], [mm], [ss]) a duration. Text in quotes, escaped characters, fill and
/// padding characters and bracketed colours or conditions are not parts. A code that cannot be tokenised, or that
/// mixes dates with General or @, is not a date.
/// </summary>
internal static class NumberFormats
{
    // 14–22 and 45–47 are the universal built-ins; 27–36 and 50–58 the East Asian date formats.
    public static NumberKind OfBuiltIn(int id) => id switch
    {
        >= 14 and <= 22 or 45 or 47 or >= 27 and <= 36 or >= 50 and <= 58 => NumberKind.Date,
        46 => NumberKind.Duration,
        _ => NumberKind.Number,
    };

    public static NumberKind OfCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        bool anyDate = false, anyDuration = false;
        var position = 0;
        while (true)
        {
            var (tokens, date, duration, general, text, error) = Section(code, ref position);
            if (error || (date && (general || text)) || (general && text))
                return NumberKind.Number; // not a valid code: ExcelDataReader reads the number as is
            if (tokens == 0)
                break; // an empty section ends the code
            anyDate |= date && !duration;
            anyDuration |= duration;
        }

        return anyDate ? NumberKind.Date : anyDuration ? NumberKind.Duration : NumberKind.Number;
    }

    private static (int Tokens, bool Date, bool Duration, bool General, bool Text, bool Error) Section(string code, ref int i)
    {
        int tokens = 0;
        bool date = false, duration = false, general = false, text = false;
        while (i < code.Length)
        {
            var c = code[i];
            if (c == ';')
            {
                i++;
                return (tokens, date, duration, general, text, false);
            }

            if (c is '\\' or '*' or '_')
                i += 2; // an escaped, fill or padding character
            else if (c == '"')
                i = Closing(code, i, '"');
            else if (c == '[')
            {
                var end = Closing(code, i, ']');
                var inner = code.AsSpan(i + 1, Math.Max(0, end - i - 2));
                i = end;
                if (inner.Length > 0 && char.ToLowerInvariant(inner[0]) is 'h' or 'm' or 's')
                    (date, duration) = (true, true); // elapsed time
                else
                    continue; // colour, condition, locale: not a token
            }
            else if ("#?,!&%+-$€£0123456789{}():/.@ ".Contains(c, StringComparison.Ordinal))
            {
                text |= c == '@';
                i++;
            }
            else if (Starts(code, i, "e+") || Starts(code, i, "e-"))
                i += 2;
            else if (Starts(code, i, "general"))
            {
                general = true;
                i += "general".Length;
            }
            else if (Starts(code, i, "am/pm") || Starts(code, i, "a/p"))
            {
                date = true;
                i += Starts(code, i, "am/pm") ? 5 : 3;
            }
            else if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's' or 'g')
            {
                date = true;
                while (i < code.Length && code[i] == c)
                    i++;
            }
            else
                return (tokens, date, duration, general, text, true);

            tokens++;
        }

        return (tokens, date, duration, general, text, false);
    }

    // Past the closing character; an unclosed one runs to the end.
    private static int Closing(string code, int open, char close)
    {
        var end = code.IndexOf(close, open + 1);
        return end < 0 ? code.Length : end + 1;
    }

    private static bool Starts(string code, int at, string word) =>
        code.Length - at >= word.Length && string.Compare(code, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}

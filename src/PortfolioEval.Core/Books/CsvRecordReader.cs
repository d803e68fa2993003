using System.Buffers;
using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// Reads delimited text record by record (RFC 4180): quoted fields may hold delimiters, line breaks and doubled
/// quotes; CRLF, LF and CR all end a record. Text after a closing quote is kept, as Excel does. A field longer than
/// the cell limit stops the read at once, so a hostile file never makes us hold a giant string. A record is bounded
/// as it is read, too: empty and blank fields are counted, not kept, until a value follows them; past
/// <see cref="BookLimits.MaxFieldsPerRow"/> fields, or with a value past the column limit, the record is refused at
/// once. So a line of millions of delimiters, or of long blank fields, costs no memory. Scans whole runs of plain
/// characters at a time rather than one character per call.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly int maxCellChars;
    private readonly int maxColumns;
    private readonly SearchValues<char> plainStops;
    // A little more than the most characters 64 KiB of bytes decode to (CsvSource's StreamReader buffer): a
    // StreamReader then decodes straight into it, rather than into its own buffer and copying from there.
    private readonly char[] buffer = new char[(64 * 1024) + 16];
    private readonly StringBuilder field = new();

    // The last field when it lay whole in the buffer, unquoted: made straight from the buffer (null when blank),
    // without passing through `field`. Most fields of a book are so.
    private string? direct;
    private bool isDirect;
    private int position;
    private int length;
    private int record;
    private int fieldNumber;

    public CsvRecordReader(TextReader reader, char delimiter, int maxCellChars, int maxColumns)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxCellChars = maxCellChars;
        this.maxColumns = maxColumns;
        plainStops = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>Fields of the last record read, the blank ones after its last value included.</summary>
    public int FieldCount => fieldNumber;

    /// <summary>
    /// Fills <paramref name="fields"/> with the next record up to its last field that is not blank (so a blank record
    /// has none); blank fields before it are given as empty strings. False at the end of the text.
    /// </summary>
    /// <exception cref="BookReadException">The record has too many fields, a value past the column limit, or a field too long.</exception>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        if (Peek() < 0)
            return false;
        record++;
        var blanks = 0;
        for (fieldNumber = 1; ; fieldNumber++)
        {
            if (fieldNumber > BookLimits.MaxFieldsPerRow)
                throw Refusal(BookError.TooManyColumns, $"more than {BookLimits.MaxFieldsPerRow} fields");
            var end = ReadField();
            if (isDirect ? direct is null : IsBlank(field))
            {
                blanks++;
            }
            else
            {
                if (fieldNumber > maxColumns)
                    throw Refusal(BookError.TooManyColumns, $"a value past column {maxColumns}");
                for (; blanks > 0; blanks--)
                    fields.Add("");
                fields.Add(isDirect ? direct! : field.ToString());
            }

            if (end != delimiter)
                return true;
        }
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
                return false;
        }

        return true;
    }

    private BookReadException Refusal(BookError error, string detail) =>
        new(error, $"{detail}, row {record} column {fieldNumber}") { Row = record, Column = fieldNumber };

    // Reads one field into `field`; returns the character that ended it (delimiter, '\n') or -1 at the end of text.
    private int ReadField()
    {
        field.Clear();
        isDirect = false;
        var quoted = Peek() == '"';
        if (quoted)
            position++;
        else if (buffer.AsSpan(position, length - position).IndexOfAny(plainStops) is var plainEnd and >= 0)
        {
            var plain = buffer.AsSpan(position, plainEnd);
            if (plain.Length > maxCellChars)
                throw Refusal(BookError.CellTooLarge, $"a field longer than {maxCellChars} characters");
            (direct, isDirect) = (plain.IsWhiteSpace() ? null : new string(plain), true);
            position += plainEnd;
            return End(buffer[position++]);
        }

        while (true)
        {
            if (position == length && !Fill())
                return quoted ? throw new BookReadException(BookError.Corrupt, "a quoted field is never closed") : -1;

            var run = buffer.AsSpan(position, length - position);
            var stop = quoted ? run.IndexOf('"') : run.IndexOfAny(plainStops);
            Append(stop < 0 ? run : run[..stop]);
            position += stop < 0 ? run.Length : stop;
            if (stop < 0)
                continue;

            var c = buffer[position++];
            if (quoted)
            {
                // c is a quote: doubled, it is a literal quote; alone, it closes the quoted part.
                if (Peek() == '"')
                {
                    position++;
                    Append("\"");
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            return End(c);
        }
    }

    // After a field's delimiter or line break: the delimiter, or '\n' for any line break (CRLF taken whole).
    private int End(char c)
    {
        if (c == delimiter)
            return c;
        if (c == '\r' && Peek() == '\n')
            position++;
        return '\n';
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (field.Length + chars.Length > maxCellChars)
            throw Refusal(BookError.CellTooLarge, $"a field longer than {maxCellChars} characters");
        field.Append(chars);
    }

    private int Peek()
    {
        if (position == length && !Fill())
            return -1;
        return buffer[position];
    }

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}

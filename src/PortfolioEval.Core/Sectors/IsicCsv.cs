using System.Text;

namespace PortfolioEval.Sectors;

/// <summary>
/// Reads <c>isic4.csv</c>, embedded in this assembly: UTF-8, RFC 4180 quoting, one header row
/// <c>code,level,parent,title_en,title_es</c>. The file is ours and fixed, so any defect is a build error, not input
/// to tolerate: it throws rather than skipping a row.
/// </summary>
internal static class IsicCsv
{
    public const string ResourceName = "PortfolioEval.Sectors.isic4.csv";
    private const string Header = "code,level,parent,title_en,title_es";

    public static IReadOnlyList<IsicCode> LoadEmbedded()
    {
        using var stream = typeof(IsicCsv).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<IsicCode> Parse(string text)
    {
        var records = Records(text).ToList();
        if (records.Count == 0 || !string.Equals(string.Join(',', records[0]), Header, StringComparison.Ordinal))
            throw new InvalidDataException($"isic4.csv must start with the header '{Header}'.");

        return records.Skip(1).Select(ToCode).ToList();
    }

    private static IsicCode ToCode(List<string> fields, int index)
    {
        var row = index + 2;
        if (fields.Count != 5)
            throw new InvalidDataException($"isic4.csv row {row} has {fields.Count} fields, not 5.");

        var level = fields[1] switch
        {
            "section" => IsicLevel.Section,
            "division" => IsicLevel.Division,
            "group" => IsicLevel.Group,
            "class" => IsicLevel.Class,
            _ => throw new InvalidDataException($"isic4.csv row {row} has an unknown level '{fields[1]}'."),
        };
        if (fields[0].Length == 0 || fields[3].Length == 0 || fields[4].Length == 0)
            throw new InvalidDataException($"isic4.csv row {row} lacks its code or a title.");
        if ((level == IsicLevel.Section) != (fields[2].Length == 0))
            throw new InvalidDataException($"isic4.csv row {row}: only sections have no parent.");

        return new IsicCode(fields[0], level, level == IsicLevel.Section ? null : fields[2], fields[3], fields[4]);
    }

    // RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends a record.
    private static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
            throw new InvalidDataException("isic4.csv ends inside a quoted field.");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}

using System.Globalization;
using System.Security;
using System.Text;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>One worksheet of an <see cref="XlsxBuilder"/>: rows in order, each row at the next sheet row unless placed.</summary>
internal sealed class SheetSpec(string name, bool hidden)
{
    private readonly List<(int Number, object?[] Cells)> rows = [];
    private readonly List<string> merges = [];

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    /// <summary>Overrides the &lt;dimension&gt; the sheet claims (e.g. "A1:XFD1048576").</summary>
    public string? Dimension { get; set; }

    /// <summary>Raw XML appended inside &lt;sheetData&gt; after the rows, for crafted cases.</summary>
    public string? RawRows { get; set; }

    public SheetSpec Row(params object?[] cells) => RowAt(rows.Count == 0 ? 1 : rows[^1].Number + 1, cells);

    public SheetSpec RowAt(int number, params object?[] cells)
    {
        rows.Add((number, cells));
        return this;
    }

    public SheetSpec Merge(string range)
    {
        merges.Add(range);
        return this;
    }

    public string Xml(XlsxBuilder.SharedStrings? strings)
    {
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        if (Dimension is not null)
            xml.Append(CultureInfo.InvariantCulture, $"""<dimension ref="{Dimension}"/>""");
        xml.Append("<sheetData>");
        foreach (var (number, cells) in rows)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{number}">""");
            for (var c = 0; c < cells.Length; c++)
                AppendCell(xml, $"{XlsxBuilder.ColumnName(c)}{number}", cells[c], strings);
            xml.Append("</row>");
        }

        xml.Append(RawRows).Append("</sheetData>");
        if (merges.Count > 0)
            xml.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{merges.Count}">{string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>"))}</mergeCells>""");
        return xml.Append("</worksheet>").ToString();
    }

    private static void AppendCell(StringBuilder xml, string reference, object? value, XlsxBuilder.SharedStrings? strings)
    {
        switch (value)
        {
            case null:
                return;
            case string text when strings is null:
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""");
                return;
            case string text:
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" t="s"><v>{strings.Add(text)}</v></c>""");
                return;
            case DateOnly date:
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="1"><v>{XlsxBuilder.Number(date.ToDateTime(TimeOnly.MinValue).ToOADate())}</v></c>""");
                return;
            case DateTime dateTime:
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="1"><v>{XlsxBuilder.Number(dateTime.ToOADate())}</v></c>""");
                return;
            default:
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{reference}"><v>{XlsxBuilder.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture))}</v></c>""");
                return;
        }
    }
}

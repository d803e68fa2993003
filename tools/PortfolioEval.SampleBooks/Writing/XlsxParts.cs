using System.Security;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>The small fixed parts of an xlsx package, written once the sheets are known.</summary>
internal static class XlsxParts
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    public static string ContentTypes(int sheets, bool sharedStrings)
    {
        const string Ml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        var sheetParts = string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{Ml}.worksheet+xml"/>"""));
        var strings = sharedStrings
            ? $"""<Override PartName="/xl/sharedStrings.xml" ContentType="{Ml}.sharedStrings+xml"/>"""
            : "";
        return $"""{Declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{Ml}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="{Ml}.styles+xml"/>{strings}{sheetParts}</Types>""";
    }

    public static string RootRelationships() =>
        $"""{Declaration}<Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    /// <summary>The workbook lists the sheets; relationship ids rId1..rIdN are the sheets, then styles and strings.</summary>
    public static string Workbook(IReadOnlyList<(string Name, bool Hidden)> sheets)
    {
        var list = string.Concat(sheets.Select((s, i) =>
            $"""<sheet name="{SecurityElement.Escape(s.Name)}" sheetId="{i + 1}"{(s.Hidden ? " state=\"hidden\"" : "")} r:id="rId{i + 1}"/>"""));
        return $"""{Declaration}<workbook xmlns="{MainNs}" xmlns:r="{RelNs}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{list}</sheets></workbook>""";
    }

    public static string WorkbookRelationships(int sheets, bool sharedStrings)
    {
        var sheetRels = string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"""<Relationship Id="rId{i}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i}.xml"/>"""));
        var styles = $"""<Relationship Id="rId{sheets + 1}" Type="{RelNs}/styles" Target="styles.xml"/>""";
        var strings = sharedStrings
            ? $"""<Relationship Id="rId{sheets + 2}" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/>"""
            : "";
        return $"""{Declaration}<Relationships xmlns="{PackageRelNs}">{sheetRels}{styles}{strings}</Relationships>""";
    }

    /// <summary>
    /// The cell formats of <see cref="XlsxStyle"/>, in that order. Dates use a custom format (id 164) rather than
    /// built-in 14, whose display follows the reader's locale: a Spanish book should show 04/06/2026 everywhere.
    /// </summary>
    public static string Styles(string dateFormat) =>
        $"""{Declaration}<styleSheet xmlns="{MainNs}"><numFmts count="1"><numFmt numFmtId="164" formatCode="{SecurityElement.Escape(dateFormat)}"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}

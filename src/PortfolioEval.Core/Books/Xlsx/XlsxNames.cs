using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// The element and attribute names read, atomised in the readers' shared name table, so a name is matched by
/// reference and never compared character by character. Namespaces are not checked: transitional and strict
/// SpreadsheetML name their elements alike.
/// </summary>
internal sealed class XlsxNames
{
    public XlsxNames(XmlNameTable table)
    {
        Table = table;
        SheetData = table.Add("sheetData");
        Row = table.Add("row");
        C = table.Add("c");
        V = table.Add("v");
        Is = table.Add("is");
        T = table.Add("t");
        R = table.Add("r");
        S = table.Add("s");
        Si = table.Add("si");
        Dimension = table.Add("dimension");
        Ref = table.Add("ref");
    }

    public XmlNameTable Table { get; }
    public string SheetData { get; }
    public string Row { get; }
    public string C { get; }
    public string V { get; }
    public string Is { get; }

    /// <summary>Both the text element and the cell's type attribute.</summary>
    public string T { get; }

    /// <summary>Both a rich-text run and a row's or cell's reference attribute.</summary>
    public string R { get; }

    /// <summary>A cell's style attribute.</summary>
    public string S { get; }

    public string Si { get; }

    /// <summary>The sheet's declared used range, and its ref attribute.</summary>
    public string Dimension { get; }

    public string Ref { get; }
}

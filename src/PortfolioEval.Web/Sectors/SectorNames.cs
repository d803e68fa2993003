using System.Globalization;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Sectors;

/// <summary>A sector as a chart labels it: by its name in the reader's language, never a bare code.</summary>
public static class SectorNames
{
    /// <summary>About what a chart's label column holds at its font size.</summary>
    public const int ChartLabelLength = 28;

    /// <summary>
    /// The sector's title, cut to <paramref name="length"/> characters with an ellipsis when longer; the code itself
    /// when the taxonomy does not know it (a stored report may hold a code the taxonomy later dropped).
    /// </summary>
    public static string ForChart(string code, CultureInfo language, int length = ChartLabelLength)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        var title = IsicTaxonomy.Instance.Find(code)?.Title(language) ?? code;
        return title.Length <= length ? title : string.Concat(title.AsSpan(0, length - 1).TrimEnd(), "…");
    }
}

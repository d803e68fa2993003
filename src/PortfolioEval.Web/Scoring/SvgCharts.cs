using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// Small accessible charts drawn on the server as SVG: no script, nothing for the content security policy to
/// allow, and they print. Each has a title and a text alternative; the numbers are also in the tables beside them.
/// </summary>
public static partial class SvgCharts
{
    public sealed record Bar(string Label, double Value, string ValueText);

    private const int Width = 480;
    private const int RowHeight = 26;
    private const int LabelWidth = 190;

    /// <summary>Horizontal bars, one per row, scaled to the largest value.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), double.Epsilon);
        var height = Math.Max(bars.Count, 1) * RowHeight + 4;
        var svg = Open(title, height, string.Join("; ", bars.Select(b => $"{b.Label}: {b.ValueText}")));
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * RowHeight + 2;
            var length = (Width - LabelWidth - 70) * bars[i].Value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" class=\"chart-label\">{Encode(bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\" class=\"chart-bar\" rx=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 17}\" class=\"chart-value\">{Encode(bars[i].ValueText)}</text>");
        }
        return Close(svg);
    }

    /// <summary>
    /// A Pareto curve: cumulative share of value (0-1) against the share of clients, with the 80% line and the
    /// diagonal an even book would follow.
    /// </summary>
    public static IHtmlContent Pareto(string title, string description, IReadOnlyList<double> cumulative)
    {
        ArgumentNullException.ThrowIfNull(cumulative);
        const int height = 220, left = 36, bottom = 24, top = 8;
        double X(double share) => left + share * (Width - left - 10);
        double Y(double share) => top + (1 - share) * (height - top - bottom);
        var svg = Open(title, height, description);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1):0.#}\" y2=\"{Y(1):0.#}\" class=\"chart-even\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0.8):0.#}\" x2=\"{X(1):0.#}\" y2=\"{Y(0.8):0.#}\" class=\"chart-guide\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Y(0.8) + 4:0.#}\" class=\"chart-value\">80%</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Y(1) + 8:0.#}\" class=\"chart-value\">100%</text>");
        var points = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{X(0):0.##},{Y(0):0.##}"));
        for (var k = 0; k < cumulative.Count; k++)
            points.Append(CultureInfo.InvariantCulture, $" {X((k + 1d) / cumulative.Count):0.##},{Y(cumulative[k]):0.##}");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" class=\"chart-line\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1):0.#}\" y2=\"{Y(0)}\" class=\"chart-axis\"/>");
        return Close(svg);
    }

    private static StringBuilder Open(string title, int height, string description, int width = Width, string kind = "chart")
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"{kind}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title><desc>{Encode(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

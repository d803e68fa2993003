using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// Charts that lay several books over one another (the comparison of candidates): each series gets one of
/// <see cref="Palette"/> colours (and, for curves, a dash pattern, so they part in grey print too) and a legend.
/// </summary>
public static partial class SvgCharts
{
    /// <summary>One named series: a value per category (bars), per row (stacked segments) or per point (curves).</summary>
    public sealed record Series(string Name, IReadOnlyList<double> Values);

    /// <summary>How many series colours the style sheet defines (<c>chart-s0</c> … <c>chart-s7</c>).</summary>
    public const int Palette = 8;

    private const int WideWidth = 640;
    private const int LegendRowHeight = 20;

    /// <summary>Vertical bars grouped by category, one bar per series in each group; values are shares (0-1), on a 0-100% axis.</summary>
    public static IHtmlContent GroupedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        const int left = 40, top = 10, plot = 170, ticks = 34;
        var legend = LegendLayout(series.Select(s => s.Name).ToList());
        var height = top + plot + ticks + legend.Height;
        var group = (WideWidth - left - 10d) / Math.Max(categories.Count, 1);
        var bar = group * 0.8 / Math.Max(series.Count, 1);
        double Y(double share) => top + plot * (1 - Math.Clamp(share, 0, 1));

        var svg = Open(title, height, Describe(series, s => categories.Select((c, i) => $"{c} {format(s.Values[i])}")), WideWidth, "chart chart-wide");
        Gridline(svg, left, Y(1), format(1));
        Gridline(svg, left, Y(0.5), format(0.5));
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + c * group + group * 0.1;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{SvgNumber.Tenths(x0 + s * bar)}\" y=\"{SvgNumber.Tenths(Y(value))}\" width=\"{SvgNumber.Tenths(Math.Max(bar - 1, 1))}\" height=\"{SvgNumber.Tenths(top + plot - Y(value))}\" class=\"chart-s{s % Palette}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(series[s].Name)}: {Encode(format(value))}</title></rect>");
            }
            WrappedLabel(svg, left + (c + 0.5) * group, top + plot + 14, categories[c]);
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{WideWidth - 10}\" y2=\"{top + plot}\" class=\"chart-axis\"/>");
        Legend(svg, legend, top + plot + ticks, s => $"<rect width=\"12\" height=\"12\" class=\"chart-s{s % Palette}\"/>");
        return Close(svg);
    }

    /// <summary>One named curve, already drawn by <see cref="ParetoPoints"/>.</summary>
    public sealed record Curve(string Name, string Points);

    private const int ParetoLeft = 40, ParetoTop = 10, ParetoPlot = 200;
    private static double ParetoX(double share) => ParetoLeft + share * (WideWidth - ParetoLeft - 10);
    private static double ParetoY(double share) => ParetoTop + (1 - share) * ParetoPlot;

    /// <summary>
    /// A Pareto curve as <see cref="Paretos"/> draws it: the cumulative share of value (0-1) after the top k clients,
    /// against the share of clients, as SVG polyline points. Depends on the curve only, so it is drawn once per shared
    /// report and kept with it.
    /// </summary>
    public static string ParetoPoints(IReadOnlyList<double> cumulative)
    {
        ArgumentNullException.ThrowIfNull(cumulative);
        var points = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{ParetoX(0):0.##},{ParetoY(0):0.##}"));
        for (var k = 0; k < cumulative.Count; k++)
            points.Append(CultureInfo.InvariantCulture, $" {ParetoX((k + 1d) / cumulative.Count):0.##},{ParetoY(cumulative[k]):0.##}");
        return points.ToString();
    }

    /// <summary>
    /// Several Pareto curves on one plot (see <see cref="ParetoPoints"/>), with the 80% line and the diagonal an even
    /// book would follow.
    /// </summary>
    public static IHtmlContent Paretos(string title, string description, IReadOnlyList<Curve> curves, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(format);
        const int bottom = 16;
        var legend = LegendLayout(curves.Select(s => s.Name).ToList());
        static double X(double share) => ParetoX(share);
        static double Y(double share) => ParetoY(share);

        var svg = Open(title, ParetoTop + ParetoPlot + bottom + legend.Height, description, WideWidth, "chart chart-wide");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{SvgNumber.Tenths(X(1))}\" y2=\"{SvgNumber.Tenths(Y(1))}\" class=\"chart-even\"/>");
        Gridline(svg, ParetoLeft, Y(0.8), format(0.8), "chart-guide");
        Gridline(svg, ParetoLeft, Y(1), format(1));
        for (var s = 0; s < curves.Count; s++)
        {
            // Encoded although ParetoPoints writes only numbers, commas and spaces: the points come from storage.
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{Encode(curves[s].Points)}\" class=\"chart-curve chart-s{s % Palette} chart-dash{s % 4}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(curves[s].Name)}</title></polyline>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{SvgNumber.Tenths(X(1))}\" y2=\"{Y(0)}\" class=\"chart-axis\"/>");
        Legend(svg, legend, ParetoTop + ParetoPlot + bottom,
            s => $"<line x1=\"0\" y1=\"6\" x2=\"14\" y2=\"6\" class=\"chart-curve chart-s{s % Palette} chart-dash{s % 4}\"/>");
        return Close(svg);
    }

    /// <summary>
    /// One horizontal bar per row, split into segments: segment series j holds, for each row i, its share (0-1) of
    /// row i. The rows are named on the left; the segments in the legend.
    /// </summary>
    public static IHtmlContent StackedBars(string title, IReadOnlyList<string> rows, IReadOnlyList<Series> segments, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(format);
        const int label = 160, top = 4;
        var length = WideWidth - label - 10;
        var legend = LegendLayout(segments.Select(s => s.Name).ToList());
        var height = top + rows.Count * RowHeight + 8 + legend.Height;
        var description = string.Join("; ", rows.Select((r, i) =>
            $"{r}: " + string.Join(", ", segments.Where(s => s.Values[i] > 0).Select(s => $"{s.Name} {format(s.Values[i])}"))));

        var svg = Open(title, height, description, WideWidth, "chart chart-wide");
        for (var i = 0; i < rows.Count; i++)
        {
            var y = top + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" class=\"chart-label\">{Encode(Shorten(rows[i], 24))}</text>");
            var x = (double)label;
            for (var j = 0; j < segments.Count; j++)
            {
                var width = length * Math.Clamp(segments[j].Values[i], 0, 1);
                if (width <= 0)
                    continue;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{SvgNumber.Tenths(x)}\" y=\"{y + 4}\" width=\"{SvgNumber.Tenths(width)}\" height=\"{RowHeight - 8}\" class=\"chart-s{j % Palette}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(rows[i])} · {Encode(segments[j].Name)}: {Encode(format(segments[j].Values[i]))}</title></rect>");
                x += width;
            }
        }
        Legend(svg, legend, top + rows.Count * RowHeight + 8, s => $"<rect width=\"12\" height=\"12\" class=\"chart-s{s % Palette}\"/>");
        return Close(svg);
    }

    private sealed record LegendPlacement(IReadOnlyList<(string Name, double X, int Row)> Items, int Height);

    /// <summary>Legend items left to right, wrapping to a new line when the next would not fit.</summary>
    private static LegendPlacement LegendLayout(List<string> names)
    {
        var items = new List<(string, double, int)>();
        double x = 0;
        var row = 0;
        foreach (var name in names.Select(n => Shorten(n, 48)))
        {
            var width = 22 + name.Length * 6.6 + 16;
            if (x > 0 && x + width > WideWidth)
                (x, row) = (0, row + 1);
            items.Add((name, x, row));
            x += width;
        }
        return new LegendPlacement(items, names.Count == 0 ? 0 : (row + 1) * LegendRowHeight + 4);
    }

    private static void Legend(StringBuilder svg, LegendPlacement legend, double top, Func<int, string> swatch)
    {
        for (var i = 0; i < legend.Items.Count; i++)
        {
            var (name, x, row) = legend.Items[i];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"chart-legend\" transform=\"translate({SvgNumber.Tenths(x)} {SvgNumber.Tenths(top + row * LegendRowHeight + 4)})\">");
            svg.Append(swatch(i));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"20\" y=\"11\" class=\"chart-label\">{Encode(name)}</text></g>");
        }
    }

    private static void Gridline(StringBuilder svg, int left, double y, string label, string kind = "chart-grid")
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{SvgNumber.Tenths(y)}\" x2=\"{WideWidth - 10}\" y2=\"{SvgNumber.Tenths(y)}\" class=\"{kind}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{SvgNumber.Tenths(y + 4)}\" class=\"chart-value\">{Encode(label)}</text>");
    }

    /// <summary>A category name under its group, on two lines when long, so neighbours do not overlap.</summary>
    private static void WrappedLabel(StringBuilder svg, double x, double y, string text)
    {
        var split = text.Length > 12 ? text.LastIndexOf(' ', Math.Min(text.Length - 1, text.Length / 2 + 4)) : -1;
        var lines = split > 0 ? new[] { text[..split], text[(split + 1)..] } : [text];
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{SvgNumber.Tenths(x)}\" y=\"{SvgNumber.Tenths(y)}\" text-anchor=\"middle\" class=\"chart-value\">");
        for (var i = 0; i < lines.Length; i++)
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{SvgNumber.Tenths(x)}\" dy=\"{(i == 0 ? 0 : 13)}\">{Encode(lines[i])}</tspan>");
        svg.Append("</text>");
    }

    private static string Describe(IReadOnlyList<Series> series, Func<Series, IEnumerable<string>> points) =>
        string.Join("; ", series.Select(s => $"{s.Name}: {string.Join(", ", points(s))}"));

    private static string Shorten(string text, int most) => text.Length <= most ? text : text[..(most - 1)] + "…";
}

using System.Globalization;
using System.Text;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>
/// The CDNOW holdout comparison as docs/SCORING.md shows it: a Markdown table and an SVG chart, both made from the
/// numbers, so the docs cannot drift from what the model predicts.
/// </summary>
public static class HoldoutTable
{
    public static (BgNbdParameters Model, double LogLikelihood, IReadOnlyList<HoldoutRow> Rows) Compute()
    {
        var purchases = Cdnow.Purchases();
        var calibration = PurchaseLog.Summarise(purchases, Cdnow.CalibrationEnd);
        var actual = PurchaseLog.PurchaseDays(purchases, Cdnow.CalibrationEnd, Cdnow.HoldoutEnd);
        var (model, ll) = BgNbd.Fit([.. calibration.Select(c => c.History)], ReferenceParameters.Purchases);
        var clients = calibration.Select(c => (c.History, actual.GetValueOrDefault(c.Client))).ToList();
        return (model, ll, HoldoutComparison.ByFrequency(model, clients, Cdnow.HoldoutWeeks));
    }

    public static string Markdown(IReadOnlyList<HoldoutRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| Repeat purchases in calibration | Clients | Actual holdout purchases | Predicted | Predicted − actual |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Frequency}{(row.AndMore ? "+" : "")} | {row.Clients:N0} | {row.Actual:N0} | {row.Predicted:N1} | {row.Predicted - row.Actual:+0.0;−0.0} |");
        var (clients, actual, predicted) = (rows.Sum(r => r.Clients), rows.Sum(r => r.Actual), rows.Sum(r => r.Predicted));
        text.AppendLine(CultureInfo.InvariantCulture, $"| **Total** | **{clients:N0}** | **{actual:N0}** | **{predicted:N1}** | **{predicted - actual:+0.0;−0.0}** ({(predicted - actual) / actual:+0.0%;−0.0%}) |");
        return text.ToString();
    }

    /// <summary>Grouped bars, actual and predicted purchases per client by calibration frequency.</summary>
    public static string Svg(IReadOnlyList<HoldoutRow> rows)
    {
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        const double width = 640, height = 320, left = 56, bottom = 272, top = 60, plotWidth = width - left - 20;
        var perClient = rows.Select(r => (Actual: (double)r.Actual / r.Clients, Predicted: r.Predicted / r.Clients)).ToList();
        var max = Math.Ceiling(perClient.Max(p => Math.Max(p.Actual, p.Predicted)));
        double Y(double v) => bottom - (bottom - top) * v / max;
        var slot = plotWidth / rows.Count;
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine("<title>CDNOW holdout: purchases per client, actual and predicted by BG/NBD, by repeat purchases in the calibration period</title>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(left)}\" y=\"20\" font-size=\"14\">Purchases per client in the 39-week holdout (CDNOW)</text>");
        for (var tick = 0; tick <= max; tick++)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{N(left)}\" y1=\"{N(Y(tick))}\" x2=\"{N(width - 20)}\" y2=\"{N(Y(tick))}\" stroke=\"#ddd\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(left - 8)}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\">{tick}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var x = left + i * slot;
            var (actual, predicted) = perClient[i];
            svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{N(x + slot * 0.15)}\" y=\"{N(Y(actual))}\" width=\"{N(slot * 0.35)}\" height=\"{N(bottom - Y(actual))}\" fill=\"#4a6fa5\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{N(x + slot * 0.5)}\" y=\"{N(Y(predicted))}\" width=\"{N(slot * 0.35)}\" height=\"{N(bottom - Y(predicted))}\" fill=\"#e08a3c\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(x + slot * 0.5)}\" y=\"{N(bottom + 16)}\" text-anchor=\"middle\">{rows[i].Frequency}{(rows[i].AndMore ? "+" : "")}</text>");
        }

        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{N(left + plotWidth / 2)}\" y=\"{N(bottom + 36)}\" text-anchor=\"middle\">Repeat purchases in the calibration period (39 weeks)</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{N(width - 220)}\" y=\"30\" width=\"12\" height=\"12\" fill=\"#4a6fa5\"/><text x=\"{N(width - 202)}\" y=\"40\">Actual</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{N(width - 140)}\" y=\"30\" width=\"12\" height=\"12\" fill=\"#e08a3c\"/><text x=\"{N(width - 122)}\" y=\"40\">Predicted (BG/NBD)</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}

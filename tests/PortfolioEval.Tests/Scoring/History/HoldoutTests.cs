using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>
/// The model fitted on CDNOW's 39-week calibration period against what the same clients really bought in the next 39
/// weeks, as Fader, Hardie &amp; Lee (2005) check it; the table and chart in docs/SCORING.md are these numbers.
/// </summary>
[Trait(NoDatabase.Trait, NoDatabase.None)]
public class HoldoutTests
{
    /// <summary>
    /// 15% either way, documented in docs/SCORING.md. On this data the model forecasts 12.1% fewer purchase days than
    /// happened (the shortfall sits with clients of one or two repeat purchases); the bar keeps that result and
    /// fails on anything worse, e.g. a wrong holdout length or a broken expectation formula.
    /// </summary>
    public const double TotalTolerance = 0.15;

    [Fact]
    public void Holdout_PredictedTotal_IsWithinFifteenPercentOfTheActual()
    {
        var (_, _, rows) = HoldoutTable.Compute();

        var actual = rows.Sum(r => r.Actual);
        var predicted = rows.Sum(r => r.Predicted);

        Assert.Equal(2_357, rows.Sum(r => r.Clients));
        Assert.InRange(predicted, actual * (1 - TotalTolerance), actual * (1 + TotalTolerance));
    }

    [Fact]
    public void Holdout_ClientsWhoBoughtMoreInCalibration_AreForecastToBuyMore()
    {
        var (_, _, rows) = HoldoutTable.Compute();

        var perClient = rows.Select(r => r.Predicted / r.Clients).ToList();

        Assert.Equal(perClient.Order(), perClient);
    }

    [Fact]
    public void Docs_HoldoutTableAndChart_AreTheOnesTheDataGives()
    {
        var (_, _, rows) = HoldoutTable.Compute();
        var table = HoldoutTable.Markdown(rows);
        var svg = HoldoutTable.Svg(rows);
        var docs = Cdnow.SourcePath("..", "..", "..", "..", "docs");
        // HOLDOUT_WRITE_DOCS=1 writes the chart and prints the table, for when the model changes on purpose.
        if (Environment.GetEnvironmentVariable("HOLDOUT_WRITE_DOCS") == "1")
        {
            File.WriteAllText(Path.Combine(docs, "history-holdout.svg"), svg);
            File.WriteAllText(Path.Combine(docs, "..", "holdout-table.md.tmp"), table);
        }

        Assert.Contains(table.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(docs, "SCORING.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(svg, File.ReadAllText(Path.Combine(docs, "history-holdout.svg")));
    }
}

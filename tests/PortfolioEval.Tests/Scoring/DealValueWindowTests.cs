using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>
/// Version 4: deal value and the book value's concentration over each client's sales of the last 12 months when the
/// book's sales are dated, on books read by the real reader whose answer anyone can work out (docs/SCORING.md,
/// "Deal value"). As-of 31/03/2026: the last 12 months run from 01/04/2025.
/// </summary>
public class DealValueWindowTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Fact]
    public void DealValue_ClientWithTwoYearsOfInvoices_CountsOnlyItsLast12Months()
    {
        var report = Score(
            "Andina;15/06/2024;1000,00;PEN;Ganado",
            "Andina;15/12/2024;1000,00;PEN;Ganado",
            "Andina;15/09/2025;1000,00;PEN;Ganado",
            "Norte;10/10/2025;250,00;PEN;Ganado",
            "Norte;10/02/2026;250,00;PEN;Ganado");

        var value = report.DealValue;

        Assert.True(value.LastTwelveMonths);
        Assert.Equal(1500m, value.Total);
        Assert.Equal(750m, value.Median);
        Assert.Equal(2, value.ClientsWithValue);
        Assert.Equal(100 * 100 * (4 / 9.0 + 1 / 9.0), value.Hhi, 9);
        Assert.Equal(2 / 3.0, value.TopShare, 12);
        Assert.Equal(value.Total, value.RecurringRevenue);
    }

    [Fact]
    public void Concentration_OneTwoMillionClientAmongNineSmallOnesInTheLast12Months_IsFlaggedAndDiscounted()
    {
        var report = Score(NineSmallClients.Append("Grande;10/10/2025;2000000,00;PEN;Ganado").ToArray());

        Assert.True(report.DealValue.TopShareFlagged);
        Assert.Equal(ConcentrationBand.High, report.DealValue.Concentration);
        var concentration = report.BookValue!.Concentration;
        Assert.True(concentration.LastTwelveMonths);
        Assert.True(concentration.SingleShareAboveLimit);
        Assert.Equal(2_000_000 / 2_090_000.0, concentration.TopShare, 12);
        Assert.InRange(concentration.Discount, 0.18, 0.20);
    }

    [Fact]
    public void Concentration_TheTwoMillionClientBoughtOnlyTheYearBefore_NoLongerConcentratesTheBook()
    {
        // Its two million fell 18 months ago: not this year's business, so not this year's concentration.
        var report = Score(NineSmallClients.Append("Grande;10/10/2024;2000000,00;PEN;Ganado").ToArray());

        Assert.False(report.DealValue.TopShareFlagged);
        Assert.Equal(90_000m, report.DealValue.Total);
        Assert.Equal(9, report.DealValue.ClientsWithValue);
        var concentration = report.BookValue!.Concentration;
        Assert.False(concentration.SingleShareAboveLimit);
        Assert.Equal(1 / 9.0, concentration.TopShare, 12);
        // Nine equal clients: HHI 1,111, just above 1,000, so a token discount and no flag.
        Assert.Equal(0.2 * (10_000 / 9.0 - 1_000) / 9_000, concentration.Discount, 12);
    }

    [Fact]
    public void Signs_ClientWhoseCreditNotesExceedItsSalesInTheLast12Months_IsReportedNotClipped()
    {
        var report = Score(
            "Andina;10/10/2024;1000,00;PEN;Ganado",
            "Andina;10/10/2025;-300,00;PEN;Ganado",
            "Norte;10/10/2025;250,00;PEN;Ganado",
            "Norte;10/02/2026;250,00;PEN;Ganado");

        // Andina weighs 0 in the window's shares, and that is said out loud, with the window's net sales.
        Assert.Equal(500m, report.DealValue.Total);
        Assert.Equal(1, report.DealValue.ClientsWithValue);
        var signs = report.Signs!;
        Assert.True(signs.LastTwelveMonths);
        Assert.Equal((1, -300m, 200m), (signs.NetNegativeClients, signs.NegativeTotal, signs.NetTotal));
    }

    [Fact]
    public void DealValue_BookOfOneRowPerClient_KeepsEachClientsValue_AndSaysSo()
    {
        // One row per client: no dated sales, so the value as the book gives it, the old sale included.
        var report = Score(
            "Andina;15/06/2024;3000,00;PEN;Ganado",
            "Norte;10/10/2025;500,00;PEN;Ganado");

        Assert.False(report.DealValue.LastTwelveMonths);
        Assert.False(report.BookValue!.Concentration.LastTwelveMonths);
        Assert.False(report.Signs!.LastTwelveMonths);
        Assert.Equal(3500m, report.DealValue.Total);
    }

    [Fact]
    public void DealValue_ReorderedLinesOfADatedBook_ChangeNothing()
    {
        string[] lines =
        [
            "Andina;15/06/2024;1000,00;PEN;Ganado",
            "Norte;01/04/2025;250,50;PEN;Ganado",
            "Andina;15/09/2025;700,00;PEN;Ganado",
            "Sur;01/05/2024;3000,00;PEN;Ganado",
            "Norte;20/02/2026;-99,99;PEN;Ganado",
            "Sur;01/05/2025;1000,00;PEN;Ganado",
        ];

        var forward = Score(lines);
        var shuffled = Score([lines[4], lines[0], lines[5], lines[2], lines[1], lines[3]]);

        Assert.Equal(ReportJson.WithoutPseudonyms(forward), ReportJson.WithoutPseudonyms(shuffled));
    }

    // Nine clients of 10,000 in the last 12 months, each on two days, so the book's sales are dated.
    private static IEnumerable<string> NineSmallClients =>
        Enumerable.Range(1, 9).SelectMany(i => new[] { $"Cliente {i};10/06/2025;4000,00;PEN;Ganado", $"Cliente {i};10/01/2026;6000,00;PEN;Ganado" });

    private static ScoreReport Score(params string[] lines)
    {
        IReadOnlyList<PseudonymisedClient> clients = RevenueWindowTests.Read(lines);
        return ScoringEngine.Score(clients, new BookFacts(lines.Length, 0), AsOf, WorkedExample.Settings, WorkedExample.Sectors);
    }
}

using System.Globalization;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>
/// Revenue of the last 12 months and of the 12 before them, on books of dated sales lines whose answer anyone can
/// work out by hand, read by the real reader (docs/SCORING.md, "Activity").
/// </summary>
public class RevenueWindowTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);
    private const string Header = "Cliente;Fecha;Monto;Moneda;Etapa";

    [Fact]
    public void Figures_SaleThirteenMonthsAgo_CountsInThe12MonthsBeforeNotInTheLast12()
    {
        var activity = Score(
            "Andina;28/02/2025;1000,00;PEN;Ganado",
            "Andina;01/03/2026;500,00;PEN;Ganado");

        Assert.Equal(500m, activity.RecurringRevenue);
        Assert.Equal(1000m, activity.PriorYearRevenue);
        Assert.Equal(1, activity.ClientsBySaleDate);
    }

    [Fact]
    public void Figures_ClientWhoseRevenueFellByHalf_KeptHalf()
    {
        var activity = Score(
            "Andina;15/06/2024;1000,00;PEN;Ganado",
            "Andina;15/12/2024;1000,00;PEN;Ganado",
            "Andina;15/09/2025;1000,00;PEN;Ganado");

        Assert.Equal(1000m, activity.RecurringRevenue);
        Assert.Equal(2000m, activity.PriorYearRevenue);
        Assert.Equal(0.5, activity.Retention);
    }

    [Fact]
    public void Figures_WindowEdges_AreCalendarMonths_TheLast12StartingTheDayAfter()
    {
        // 31/03/2025 is exactly 12 months before: the 12 months before it. 01/04/2025: the last 12. 31/03/2024: older.
        var activity = Score(
            "Andina;31/03/2024;1,00;PEN;Ganado",
            "Andina;01/04/2024;10,00;PEN;Ganado",
            "Andina;31/03/2025;100,00;PEN;Ganado",
            "Andina;01/04/2025;1000,00;PEN;Ganado",
            "Andina;31/03/2026;10000,00;PEN;Ganado");

        Assert.Equal(11_000m, activity.RecurringRevenue);
        Assert.Equal(110m, activity.PriorYearRevenue);
    }

    [Fact]
    public void Figures_GrowthAndNewClients_AreNotRetention_ButCountInTheLast12Months()
    {
        // Steady keeps all of 1,000; growing keeps all of its 1,000 (not 200%); lost keeps none of 1,000; new has no base.
        var activity = Score(
            "Steady;10/10/2024;1000,00;PEN;Ganado",
            "Steady;10/10/2025;1000,00;PEN;Ganado",
            "Growing;10/10/2024;1000,00;PEN;Ganado",
            "Growing;10/10/2025;3000,00;PEN;Ganado",
            "Lost;10/10/2024;1000,00;PEN;Ganado",
            "Lost;11/10/2024;1000,00;PEN;Ganado",
            "New;10/10/2025;500,00;PEN;Ganado",
            "New;11/10/2025;500,00;PEN;Ganado");

        Assert.Equal(5000m, activity.RecurringRevenue);
        Assert.Equal(4000m, activity.PriorYearRevenue);
        Assert.Equal(2000 / 4000.0, activity.Retention);
        Assert.Equal(3, activity.ActiveClients);
    }

    [Fact]
    public void Figures_OpenAndLostLines_AreNoRevenue()
    {
        var activity = Score(
            "Andina;10/10/2025;1000,00;PEN;Ganado",
            "Andina;11/10/2025;5000,00;PEN;Perdido",
            "Andina;12/10/2025;7000,00;PEN;En negociación",
            "Andina;10/10/2024;800,00;PEN;Ganado");

        Assert.Equal(1000m, activity.RecurringRevenue);
        Assert.Equal(800m, activity.PriorYearRevenue);
    }

    [Fact]
    public void Figures_ReorderedLines_ChangeNothing()
    {
        string[] lines =
        [
            "Andina;15/06/2024;1000,00;PEN;Ganado",
            "Norte;01/04/2025;250,50;PEN;Ganado",
            "Andina;15/09/2025;700,00;PEN;Ganado",
            "Sur;01/05/2024;3000,00;USD;Ganado",
            "Norte;20/02/2026;99,99;PEN;Ganado",
            "Sur;01/05/2025;1000,00;USD;Ganado",
            "Andina;15/09/2025;300,00;PEN;Ganado",
        ];

        var forward = ScoreReport(lines);
        var backward = ScoreReport([.. lines.Reverse()]);
        var shuffled = ScoreReport([lines[4], lines[0], lines[6], lines[2], lines[5], lines[1], lines[3]]);

        Assert.Equal(ReportJson.WithoutPseudonyms(forward), ReportJson.WithoutPseudonyms(backward));
        Assert.Equal(ReportJson.WithoutPseudonyms(forward), ReportJson.WithoutPseudonyms(shuffled));
    }

    [Fact]
    public void Figures_AsOfLaterThanTheBook_MovesTheWindow()
    {
        var clients = Read(
            "Andina;15/06/2024;2000,00;PEN;Ganado",
            "Andina;15/09/2025;1000,00;PEN;Ganado",
            "Andina;15/03/2026;400,00;PEN;Ganado");

        var atUpload = Activity(clients, AsOf);
        var sixMonthsLater = Activity(clients, AsOf.AddMonths(6));
        var aYearLater = Activity(clients, AsOf.AddMonths(12));

        Assert.Equal((1400m, 2000m), (atUpload.RecurringRevenue, atUpload.PriorYearRevenue));
        // 30/09/2026: the last 12 months start on 01/10/2025; 15/09/2025 has moved into the 12 before, 15/06/2024 out.
        Assert.Equal((400m, 1000m), (sixMonthsLater.RecurringRevenue, sixMonthsLater.PriorYearRevenue));
        Assert.Equal((0m, 1400m), (aYearLater.RecurringRevenue, aYearLater.PriorYearRevenue));
        Assert.Equal(0.0, aYearLater.Retention);
    }

    [Fact]
    public void Figures_SalesInAnotherCurrency_AreConvertedAtTheRate_NeverAddedAsWritten()
    {
        var rates = new RateTable([new RateUsed("PEN", 4m, new DateOnly(2025, 1, 1), "test"), new RateUsed("USD", 1m, new DateOnly(2025, 1, 1), "test")]);
        var clients = Read(
            "Andina;10/10/2025;10000,00;PEN;Ganado",
            "Andina;10/10/2024;8000,00;PEN;Ganado",
            "Norte;10/11/2025;100,00;USD;Ganado",
            "Norte;10/11/2024;50,00;USD;Ganado");

        var report = ScoringEngine.Score(clients, new BookFacts(4, 0), AsOf, WorkedExample.Settings, WorkedExample.Sectors, rates);

        Assert.Equal("PEN", report.Currencies!.MainCurrency);
        Assert.Equal(10_400m, report.Activity!.RecurringRevenue);
        Assert.Equal(8_200m, report.Activity.PriorYearRevenue);
    }

    [Fact]
    public void Figures_SalesInACurrencyWithoutARate_AreLeftOut()
    {
        var clients = Read(
            "Andina;10/10/2025;10000,00;PEN;Ganado",
            "Andina;11/10/2025;999999,00;GBP;Ganado");

        var activity = Activity(clients, AsOf);

        Assert.Equal(10_000m, activity.RecurringRevenue);
    }

    [Fact]
    public void Figures_BookOfOneRowPerClient_PlacesEachValueAtItsLastContact_AsBefore()
    {
        var clients = Read(
            "Andina;10/10/2025;1000,00;PEN;Ganado",
            "Norte;10/10/2024;300,00;PEN;Ganado",
            "Sur;10/10/2023;5000,00;PEN;Ganado");

        var activity = Activity(clients, AsOf);

        Assert.All(clients, c => Assert.Null(c.DatedSales));
        Assert.Equal((1000m, 300m, 0), (activity.RecurringRevenue, activity.PriorYearRevenue, activity.ClientsBySaleDate));
        Assert.Equal(1000 / 1300.0, activity.Retention!.Value, 12);
    }

    [Fact]
    public void Figures_CreditNoteAboveTheYearsSales_WeighsZeroNotBelow()
    {
        var activity = Score(
            "Andina;10/10/2025;1000,00;PEN;Ganado",
            "Andina;11/10/2025;-1500,00;PEN;Ganado",
            "Norte;10/10/2025;200,00;PEN;Ganado",
            "Norte;11/10/2025;200,00;PEN;Ganado");

        Assert.Equal(400m, activity.RecurringRevenue);
    }

    [Fact]
    public void Import_SalesMoreThan24MonthsBeforeTheUpload_AreNotKeptByDate_AndLaterReportsDoNotNeedThem()
    {
        var clients = Read(
            "Andina;15/01/2020;9000,00;PEN;Ganado",
            "Andina;31/03/2024;7000,00;PEN;Ganado",
            "Andina;01/04/2024;100,00;PEN;Ganado",
            "Andina;15/09/2025;1000,00;PEN;Ganado");

        var sales = clients.Single().DatedSales!;

        Assert.Equal([new DateOnly(2024, 4, 1), new DateOnly(2025, 9, 15)], sales.Sales.ToArray().Select(s => s.Day));
        Assert.Equal(17_100m, clients.Single().Value);
        Assert.Equal((1000m, 100m), (Activity(clients, AsOf).RecurringRevenue, Activity(clients, AsOf).PriorYearRevenue));
    }

    [Fact]
    public void Import_ClientWhoseRowsShareItsLastContactDay_KeepsNoDatedSales()
    {
        var clients = Read(
            "Andina;10/10/2025;1000,00;PEN;Ganado",
            "Andina;10/10/2025;500,00;PEN;Ganado",
            "Norte;10/10/2025;100,00;PEN;Ganado",
            "Norte;11/10/2025;;;",
            "Sur;10/10/2025;100,00;PEN;Ganado",
            "Sur;12/10/2025;300,00;PEN;Ganado");

        var byValue = clients.ToDictionary(c => c.Value!.Value);

        Assert.Null(byValue[1500m].DatedSales);
        // Norte's sale was on 10/10, its last contact on 11/10 (a row without a sale): the sale keeps its own date.
        Assert.Equal([new DatedSale(new DateOnly(2025, 10, 10), "PEN", 100m)], byValue[100m].DatedSales!.Sales.ToArray());
        Assert.Equal(2, byValue[400m].DatedSales!.Count);
    }

    private static ActivityFigures Score(params string[] lines) => Activity(Read(lines), AsOf);

    private static ActivityFigures Activity(IReadOnlyList<PseudonymisedClient> clients, DateOnly asOf) =>
        ScoringEngine.Score(clients, new BookFacts(clients.Sum(c => c.RowCount), 0), asOf, WorkedExample.Settings, WorkedExample.Sectors).Activity!;

    private static ScoreReport ScoreReport(string[] lines)
    {
        var clients = Read(lines);
        return ScoringEngine.Score(clients, new BookFacts(lines.Length, 0), AsOf, WorkedExample.Settings, WorkedExample.Sectors);
    }

    /// <summary>The lines as the upload reads and stores them: the real reader, then the pseudonymiser.</summary>
    internal static IReadOnlyList<PseudonymisedClient> Read(params string[] lines)
    {
        var options = new BookReadOptions { AsOf = AsOf, Culture = CultureInfo.GetCultureInfo("es-PE") };
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. lines]));
        var mapping = BookInspector.Inspect(new MemoryStream(bytes), options).SuggestedMapping()
            ?? throw new InvalidOperationException("The reader found no client column.");
        Assert.True(mapping.Has(BookField.Stage));
        var imported = BookReader.Read(new MemoryStream(bytes), options, mapping);
        var secret = CandidateSecret.New();
        return [.. imported.Clients.Select(c => Pseudonymiser.Pseudonymise(c, secret))];
    }
}

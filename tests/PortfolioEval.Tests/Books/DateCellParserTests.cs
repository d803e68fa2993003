using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

public class DateCellParserTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Theory]
    [InlineData("25/03/2025", DateOrder.DayFirst)]
    [InlineData("03/25/2025", DateOrder.MonthFirst)]
    [InlineData("04/06/2026", DateOrder.Ambiguous)]
    [InlineData("4/6/26 10:30", DateOrder.Ambiguous)]
    public void Evidence_DayOrMonthAboveTwelve_SettlesTheOrder(string text, DateOrder expected) =>
        Assert.Equal(expected, DateCellParser.Evidence(text));

    [Theory]
    [InlineData("2026-06-04")]
    [InlineData("Cemento")]
    [InlineData("45000")]
    public void Evidence_IsoOrNonDate_SaysNothing(string text) => Assert.Null(DateCellParser.Evidence(text));

    [Fact]
    public void Parse_DayAboveTwelve_SettlesDayFirst()
    {
        var vote = new DateOrderVote();
        foreach (var text in new[] { "04/06/2026", "25/03/2026", "01/02/2026" })
            vote.Add(DateCellParser.Evidence(text));

        var order = vote.Resolve(DateOrder.MonthFirst);

        Assert.Equal(DateOrder.DayFirst, order);
        Assert.Equal(new DateOnly(2026, 6, 4), DateCellParser.Parse("04/06/2026", order, AsOf).Date);
    }

    [Fact]
    public void Resolve_NoValueSettlesIt_UsesTheLocaleFallback()
    {
        var vote = new DateOrderVote();
        vote.Add(DateCellParser.Evidence("04/06/2026"));

        Assert.Equal(DateOrder.Ambiguous, vote.Detected);
        Assert.Equal(DateOrder.MonthFirst, vote.Resolve(DateOrder.MonthFirst));
    }

    [Theory]
    [InlineData("04/06/2026", DateOrder.DayFirst, 2026, 6, 4)]
    [InlineData("04/06/2026", DateOrder.MonthFirst, 2026, 4, 6)]
    [InlineData("4/6/26", DateOrder.DayFirst, 2026, 6, 4)]
    [InlineData("2026-06-04", DateOrder.MonthFirst, 2026, 6, 4)]
    [InlineData("2026/06/04", DateOrder.DayFirst, 2026, 6, 4)]
    [InlineData("14/03/2025 10:22", DateOrder.DayFirst, 2025, 3, 14)]
    [InlineData("3/14/2025 9:05 AM", DateOrder.MonthFirst, 2025, 3, 14)]
    [InlineData("2025-03-14T10:22:00", DateOrder.DayFirst, 2025, 3, 14)]
    [InlineData("14.03.2025", DateOrder.DayFirst, 2025, 3, 14)]
    [InlineData("14-03-2025", DateOrder.DayFirst, 2025, 3, 14)]
    [InlineData("  45000 ", DateOrder.DayFirst, 2023, 3, 15)]
    public void Parse_TextInKnownFormats_ReadsTheDate(string text, DateOrder order, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateCellParser.Parse(text, order, AsOf).Date);

    [Fact]
    public void Parse_ImpossibleDate_IsRejectedAsImpossible() =>
        Assert.Equal(RejectionReason.ImpossibleDate, DateCellParser.Parse("31/02/2025", DateOrder.DayFirst, AsOf).Error);

    [Fact]
    public void Parse_ImpossibleIsoDate_IsRejectedAsImpossible() =>
        Assert.Equal(RejectionReason.ImpossibleDate, DateCellParser.Parse("2025-02-30", DateOrder.DayFirst, AsOf).Error);

    [Fact]
    public void Parse_ValidOnlyInTheOtherOrder_IsAConflictNotAGuess() =>
        Assert.Equal(RejectionReason.DateOrderConflict, DateCellParser.Parse("03/25/2025", DateOrder.DayFirst, AsOf).Error);

    [Fact]
    public void Parse_AfterTheAsOfDate_IsFuture() =>
        Assert.Equal(RejectionReason.FutureDate, DateCellParser.Parse("01/07/2026", DateOrder.DayFirst, AsOf).Error);

    [Theory]
    [InlineData("ayer")]
    [InlineData("4 de junio")]
    [InlineData("12")]
    [InlineData("1/2")]
    public void Parse_TextThatIsNoDate_IsUnreadable(string text) =>
        Assert.Equal(RejectionReason.UnreadableDate, DateCellParser.Parse(text, DateOrder.DayFirst, AsOf).Error);

    [Fact]
    public void Parse_RealDateCell_ReadsItsDay() =>
        Assert.Equal(new DateOnly(2025, 3, 4), DateCellParser.Parse(new DateTime(2025, 3, 4, 15, 0, 0), DateOrder.MonthFirst, AsOf).Date);

    [Theory]
    [InlineData(45000.75, 2023, 3, 15)]
    [InlineData(25569, 1970, 1, 1)]
    public void Parse_ExcelSerialNumber_ReadsThe1900System(double serial, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateCellParser.Parse(serial, DateOrder.DayFirst, AsOf).Date);

    [Theory]
    [InlineData(12)]
    [InlineData(25568)]
    [InlineData(3_000_000)]
    [InlineData(-5)]
    public void Parse_SerialOutsideSaneRange_IsUnreadable(double serial) =>
        Assert.Equal(RejectionReason.UnreadableDate, DateCellParser.Parse(serial, DateOrder.DayFirst, AsOf).Error);

    [Fact]
    public void Parse_DateCellBefore1970_IsUnreadable() =>
        Assert.Equal(RejectionReason.UnreadableDate, DateCellParser.Parse(new DateTime(1899, 12, 31), DateOrder.DayFirst, AsOf).Error);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Parse_Blank_IsNeitherDateNorError(string? text) =>
        Assert.True(DateCellParser.Parse(text, DateOrder.DayFirst, AsOf).IsBlank);
}

using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class PlausibilityRuleTests
{
    private static ValuedBook BookOf(IEnumerable<Client> clients) => ValuedBook.Of([.. clients.Select(c => c.Build())]);

    [Theory]
    [InlineData(7300, 7)]
    [InlineData(0.042, 4)]
    [InlineData(1, 1)]
    [InlineData(99999, 9)]
    public void FirstDigit_AnyPositiveAmount_IsItsFirstSignificantDigit(double value, int digit) =>
        Assert.Equal(digit, BenfordTest.FirstDigit((decimal)value));

    [Fact]
    public void Benford_AllValuesStartingWithNine_IsFarFromTheLaw()
    {
        // Observed: 1 for digit 9, 0 elsewhere. |1 − 0.0458| + Σ(d=1..8) expected(d) = 0.9542 + 0.9542 → /9 = 0.2120.
        var mad = BenfordTest.MeanAbsoluteDeviation([.. Enumerable.Repeat(9_100m, 60)]);

        Assert.Equal(2 * (1 - Math.Log10(1 + 1.0 / 9)) / 9, mad, 12);
    }

    [Fact]
    public void Plausibility_SixtyValuesAllStartingWithNine_AsksAboutFirstDigits()
    {
        var book = BookOf(Enumerable.Range(0, 60).Select(i => Client.Named($"c{i}").Worth(9_000m + i * 7m + 0.13m)));

        var question = Assert.Single(PlausibilityRule.Questions(book));

        // The bar for 60 values is 0.40 / √60 = 0.052 (see BenfordFalseAlarmTests); 0.212 is far above it.
        Assert.Equal((PlausibilityKind.FirstDigitsUnlikeBenford, 0.40 / Math.Sqrt(60), 60), (question.Kind, question.Threshold, question.SampleSize));
    }

    [Fact]
    public void Plausibility_FortyNineValuesAllStartingWithNine_AsksNothing()
    {
        var book = BookOf(Enumerable.Range(0, 49).Select(i => Client.Named($"c{i}").Worth(9_000m + i * 7m + 0.13m)));

        Assert.Empty(PlausibilityRule.Questions(book));
    }

    [Fact]
    public void Plausibility_MostValuesMultiplesOfAHundred_AsksAboutRoundNumbers()
    {
        // 15 of 20 values of at least 100 are multiples of 100; the 50 below 100 are not counted.
        var round = Enumerable.Range(1, 15).Select(i => Client.Named($"r{i}").Worth(i * 1_000m));
        var exact = Enumerable.Range(1, 5).Select(i => Client.Named($"e{i}").Worth(i * 1_000m + 37.5m));
        var small = Enumerable.Range(1, 50).Select(i => Client.Named($"s{i}").Worth(50m));

        var question = PlausibilityRule.Questions(BookOf([.. round, .. exact, .. small])).Single(q => q.Kind == PlausibilityKind.ManyRoundNumbers);

        Assert.Equal((0.75, 20), (question.Measure, question.SampleSize));
    }

    [Fact]
    public void Plausibility_AThirdOfContactsOnOneDay_AsksAboutIdenticalDates()
    {
        var same = Enumerable.Range(0, 8).Select(i => Client.Named($"s{i}").ContactedOn(2026, 1, 5));
        var spread = Enumerable.Range(0, 16).Select(i => Client.Named($"d{i}").ContactedOn(new DateOnly(2025, 6, 1).AddDays(i * 9)));

        var question = Assert.Single(PlausibilityRule.Questions(BookOf([.. same, .. spread])));

        Assert.Equal((PlausibilityKind.ManyIdenticalDates, 1 / 3.0, 24), (question.Kind, question.Measure, question.SampleSize));
    }

    [Fact]
    public void Plausibility_FiveClientsAllUpdatedOnOneDay_AsksHowTheBookIsKept()
    {
        var book = BookOf(Enumerable.Range(0, 5).Select(i => Client.Named($"c{i}").UpdatedOn(2026, 3, 2)));

        var question = Assert.Single(PlausibilityRule.Questions(book));

        Assert.Equal((PlausibilityKind.AllUpdatedOnOneDay, 1.0, 5), (question.Kind, question.Measure, question.SampleSize));
    }

    [Fact]
    public void Plausibility_FourClientsUpdatedOnOneDay_IsTooFewToAsk()
    {
        var book = BookOf(Enumerable.Range(0, 4).Select(i => Client.Named($"c{i}").UpdatedOn(2026, 3, 2)));

        Assert.Empty(PlausibilityRule.Questions(book));
    }
}

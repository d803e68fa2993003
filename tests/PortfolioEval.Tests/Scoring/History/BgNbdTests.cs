using FsCheck.Xunit;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>Known answers of the model, under the published CDNOW parameters.</summary>
public class BgNbdTests
{
    private static readonly BgNbdParameters Cdnow = ReferenceParameters.Purchases;

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.5, 0.5723649429247001)] // ln √π
    [InlineData(5.0, 3.1780538303479458)] // ln 24
    [InlineData(0.1, 2.252712651734206)]
    public void LogGamma_KnownValues(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-12);

    [Fact]
    public void Hypergeometric2F1_OfOneOneTwo_IsMinusLogOfOneMinusZOverZ() =>
        Assert.Equal(-Math.Log(1 - 0.6) / 0.6, SpecialFunctions.Hypergeometric2F1(1, 1, 2, 0.6), 1e-12);

    [Fact]
    public void ProbabilityAlive_ClientWithNoRepeatPurchase_IsOne()
    {
        // In BG/NBD a client can only drop out right after a purchase: one who never bought again never had the chance.
        Assert.Equal(1, BgNbd.ProbabilityAlive(Cdnow, new ClientHistory(0, 0, 38, 0)));
        Assert.Equal(1, BgNbd.ProbabilityAlive(Cdnow, new ClientHistory(0, 0, 500, 0)));
    }

    [Fact]
    public void ProbabilityAlive_SameHistoryLongAgo_IsLowerThanRecent()
    {
        var recent = BgNbd.ProbabilityAlive(Cdnow, new ClientHistory(4, 30, 32, 0));
        var longAgo = BgNbd.ProbabilityAlive(Cdnow, new ClientHistory(4, 30, 130, 0));

        Assert.True(longAgo < recent / 2, $"{longAgo} vs {recent}");
    }

    [Fact]
    public void ExpectedPurchases_FixedRecency_GrowWithFrequency()
    {
        // Last purchase at week 30 of 38 each time: more purchases mean a faster buyer.
        var forecasts = Enumerable.Range(1, 8).Select(x => BgNbd.ExpectedPurchases(Cdnow, new ClientHistory(x, 30, 38, 0), 52)).ToList();

        Assert.Equal(forecasts.Order(), forecasts);
        Assert.True(forecasts[^1] > 3 * forecasts[0]);
    }

    [Fact]
    public void ExpectedPurchases_DeadBook_AreNearZero()
    {
        // Ten clients who bought every few weeks for a year, then nothing for three years.
        var dead = Enumerable.Range(0, 10).Select(i => new ClientHistory(8 + i, 52, 52 + 156, 0)).ToList();

        Assert.All(dead, h => Assert.True(BgNbd.ProbabilityAlive(Cdnow, h) < 0.001));
        Assert.True(dead.Sum(h => BgNbd.ExpectedPurchases(Cdnow, h, 52)) < 0.01);
    }

    [Fact]
    public void ExpectedPurchases_AnAccountWithHundredsOfRepeatPurchases_IsFinite()
    {
        // Golden book "random 180": an account joining clients that share a contact, 665 purchases, the last on the
        // as-of date, read by recency under the assumed span of 21.9375 weeks. As the paper writes it, ₂F₁(r + x, b + x;
        // a + b + x − 1; z) overflowed a double and the forecast read ∞ (and the book's multiple NaN).
        var h = new ClientHistory(664, 21.9375, 21.9375, 0);

        var expected = BgNbd.ExpectedPurchases(Cdnow, h, RevenueForecast.YearWeeks);

        // Below what it would buy at its own pace if it never dropped out, (r + x) / (α + T) a week; and most of it,
        // since it is almost surely still buying.
        var atItsPace = (Cdnow.R + 664) / (Cdnow.Alpha + 21.9375) * RevenueForecast.YearWeeks;
        Assert.True(BgNbd.ProbabilityAlive(Cdnow, h) > 0.99);
        Assert.InRange(expected, atItsPace / 2, atItsPace);
    }

    [Theory]
    [InlineData(0, 0, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(7, 35, 38)]
    [InlineData(30, 20, 100)]
    [InlineData(120, 150, 150)]
    public void ExpectedPurchases_AreThePapersFormula_WhereItDoesNotOverflow(int x, double recency, double age)
    {
        // Equation (10) of Fader, Hardie & Lee (2005) as printed, for histories where its terms stay within range.
        var h = new ClientHistory(x, recency, age, 0);
        var (p, t) = (Cdnow, 39.0);
        var z = t / (p.Alpha + age + t);
        var printed = (p.A + p.B + x - 1) / (p.A - 1)
            * (1 - Math.Pow((p.Alpha + age) / (p.Alpha + age + t), p.R + x) * SpecialFunctions.Hypergeometric2F1(p.R + x, p.B + x, p.A + p.B + x - 1, z))
            / (1 + (x > 0 ? p.A / (p.B + x - 1) * Math.Pow((p.Alpha + age) / (p.Alpha + recency), p.R + x) : 0));

        Assert.Equal(printed, BgNbd.ExpectedPurchases(p, h, t), printed * 1e-9);
    }

    [Fact]
    public void ExpectedPurchases_NoTime_AreZero() =>
        Assert.Equal(0, BgNbd.ExpectedPurchases(Cdnow, new ClientHistory(3, 20, 30, 0), 0));

    [Property(MaxTest = 300)]
    public bool MoreRecentLastPurchase_NeverLowersAliveOrExpectedPurchases(byte repeats, byte recency, byte silence, byte sooner)
    {
        var x = 1 + repeats % 30;
        var age = 1 + recency + silence;
        var older = new ClientHistory(x, recency, age, 0);
        var newer = new ClientHistory(x, Math.Min(age, recency + sooner % (silence + 1)), age, 0);

        return BgNbd.ProbabilityAlive(Cdnow, newer) >= BgNbd.ProbabilityAlive(Cdnow, older) - 1e-12
            && BgNbd.ExpectedPurchases(Cdnow, newer, 52) >= BgNbd.ExpectedPurchases(Cdnow, older, 52) - 1e-9;
    }

    [Fact]
    public void ClientHistory_FromDates_CountsWeeks()
    {
        var h = ClientHistory.From(2, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 12), 40);

        Assert.Equal(new ClientHistory(2, 2, 6, 40), h);
        Assert.Throws<ArgumentException>(() => ClientHistory.From(1, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1), 1));
    }
}

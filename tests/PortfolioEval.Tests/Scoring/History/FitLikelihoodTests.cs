using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>
/// The fits' likelihoods worked out once per frequency (and per run of equal histories) are the per-client sums to the
/// last bit: a fitted parameter a bit off would change stored reports.
/// </summary>
public class FitLikelihoodTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BgNbdLikelihood_OfARandomBookInAnyOrder_IsThePerClientSumBitForBit(int seed)
    {
        var random = new Random(seed);
        var histories = RandomHistories(random, 3_000);
        var ordered = histories.OrderBy(h => h.Frequency).ThenBy(h => h.Age - h.Recency).ThenBy(h => h.Recency).ToList();

        foreach (var book in new[] { histories, ordered })
        {
            var likelihood = new BgNbdLikelihood(book);
            for (var k = 0; k < 20; k++)
            {
                var p = new BgNbdParameters(Positive(random), Positive(random) * 10, Positive(random), Positive(random) * 3);
                Assert.Equal(Bits(book.Sum(h => BgNbd.LogLikelihood(p, h))), Bits(likelihood.Of(p)));
            }
        }
    }

    [Fact]
    public void BgNbdLikelihood_OfABookOrderedByHistory_WorksOutOneTermPerDistinctHistory()
    {
        var histories = RandomHistories(new Random(11), 5_000, weeks: 30).OrderBy(h => h.Frequency).ThenBy(h => h.Recency).ThenBy(h => h.Age).ToList();

        var likelihood = new BgNbdLikelihood(histories);

        Assert.Equal(histories.Distinct().Count(), likelihood.Runs);
        Assert.True(likelihood.Runs < histories.Count / 2);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GammaGammaLikelihood_OfRandomSpenders_IsThePerClientSumBitForBit(int seed)
    {
        var random = new Random(seed);
        var spenders = Enumerable.Range(0, 3_000)
            .Select(_ => (Purchases: 1 + random.Next(30), MeanSpend: random.Next(4) == 0 ? 100 : Math.Round(5 + random.NextDouble() * 900, 2)))
            .ToList();

        var likelihood = new GammaGammaLikelihood(spenders);
        for (var k = 0; k < 20; k++)
        {
            var g = new GammaGammaParameters(Positive(random) * 5, 1 + Positive(random) * 4, Positive(random) * 50);
            Assert.Equal(Bits(spenders.Sum(s => GammaGamma.LogLikelihood(g, s.Purchases, s.MeanSpend))), Bits(likelihood.Of(g)));
        }
    }

    [Fact]
    public void Fits_OnTheCdnowSample_GiveTheParametersOfThePerClientSumsBitForBit()
    {
        var histories = Cdnow.Summary();
        var spenders = GammaGamma.Spenders(PurchaseLog.Summarise(Cdnow.Purchases(), Cdnow.CalibrationEnd).Select(c => c.History));
        static BgNbdParameters Purchases(double[] v) => new(Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]), Math.Exp(v[3]));
        static GammaGammaParameters Spend(double[] v) => new(Math.Exp(v[0]), Math.Exp(v[1]), Math.Exp(v[2]));

        // The searches as the fits ran them before the likelihoods were prepared: one client at a time.
        double[] purchases = [0, 0, 0, 0], spend = [0, 0, 0];
        for (var round = 0; round < 2; round++)
        {
            purchases = NelderMead.Minimise(v => -BgNbd.LogLikelihood(Purchases(v), histories), purchases, step: round == 0 ? 0.5 : 0.05).Point;
            spend = NelderMead.Minimise(v => -spenders.Sum(s => GammaGamma.LogLikelihood(Spend(v), s.Purchases, s.MeanSpend)), spend, step: round == 0 ? 0.5 : 0.05).Point;
        }

        Assert.Equal(Purchases(purchases), BgNbd.Fit(histories, new BgNbdParameters(1, 1, 1, 1)).Parameters);
        Assert.Equal(Spend(spend), GammaGamma.Fit(spenders, new GammaGammaParameters(1, 1, 1)).Parameters);
    }

    // Whole weeks over three years (or fewer), so a few thousand clients repeat histories, as a real book's do.
    private static List<ClientHistory> RandomHistories(Random random, int count, int weeks = 160) =>
    [
        .. Enumerable.Range(0, count).Select(_ =>
        {
            var frequency = random.Next(3) == 0 ? 0 : random.Next(1, 12);
            var age = random.Next(1, weeks);
            var recency = frequency == 0 ? 0 : random.Next(0, age + 1);
            return new ClientHistory(frequency, recency, age, 0);
        }),
    ];

    private static double Positive(Random random) => 0.05 + random.NextDouble() * 2;

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}

using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

public class NelderMeadTests
{
    [Fact]
    public void Minimise_OfABowl_FindsItsBottom()
    {
        var (point, value) = NelderMead.Minimise(v => Math.Pow(v[0] - 1, 2) + 10 * Math.Pow(v[1] + 2, 2), [0, 0]);

        Assert.Equal(1, point[0], 1e-6);
        Assert.Equal(-2, point[1], 1e-6);
        Assert.Equal(0, value, 1e-10);
    }

    [Fact]
    public void Minimise_OfAValleyWithoutBottom_StopsOnceItGainsNothing_InsteadOfWalkingEveryStep()
    {
        // The lowest value lies at infinity, as a Gamma-Gamma fit's did on a generated 100,000-row sales book (p past
        // 10^7): the search used to walk such a valley for all its 20,000 steps, most of the 10-18 seconds that book
        // took to score.
        var evaluations = 0;

        var (point, value) = NelderMead.Minimise(v => { evaluations++; return 1 / (1 + Math.Abs(v[0])) + v[1] * v[1]; }, [0, 0]);

        Assert.True(evaluations < 10_000, $"{evaluations} evaluations");
        Assert.True(value < 1e-8, $"stopped at {value}, at ({point[0]}, {point[1]})");
    }
}

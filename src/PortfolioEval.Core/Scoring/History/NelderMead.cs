namespace PortfolioEval.Scoring.History;

/// <summary>
/// Minimises a function of a few variables by the Nelder–Mead simplex method (Nelder &amp; Mead 1965), with the usual
/// coefficients: reflection 1, expansion 2, contraction ½, shrink ½. No gradients are needed, which suits
/// likelihoods built from log-gamma functions. Deterministic: the same start gives the same answer.
/// </summary>
public static class NelderMead
{
    // A search that gains less than a hundred-millionth of its value in a thousand steps is sliding down a valley with
    // no bottom (the lowest value lies at infinity, as a Gamma-Gamma fit's did on a generated 100,000-row sales book: p
    // past 10^7, a fit the valuation refuses): it stops there instead of walking the valley for all its steps (most of
    // the 10-18 seconds that book took to score). The fits with a bottom on that book took 127-237 steps, and a search
    // still gaining more than that goes on.
    private const int StallWindow = 1_000;
    private const double StallGain = 1e-8;

    /// <param name="f">The function; it may return +∞ or NaN where it is undefined (treated as +∞).</param>
    /// <param name="start">The starting point.</param>
    /// <param name="step">The size of the first simplex along each axis.</param>
    /// <returns>The best point found and its value.</returns>
    public static (double[] Point, double Value) Minimise(Func<double[], double> f, double[] start, double step = 0.5, int maxIterations = 20_000, double tolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(start);
        var n = start.Length;
        double Eval(double[] x) => f(x) is var v && double.IsNaN(v) ? double.PositiveInfinity : v;

        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0)
                points[i][i - 1] += step;
            values[i] = Eval(points[i]);
        }

        var bestAtCheckpoint = values.Min();
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
            points = [.. order.Select(i => points[i])];
            values = [.. order.Select(i => values[i])];
            if (Math.Abs(values[n] - values[0]) <= tolerance * (1 + Math.Abs(values[0])) && Spread(points) <= 1e-9)
                break;
            if (iteration > 0 && iteration % StallWindow == 0)
            {
                if (bestAtCheckpoint - values[0] <= StallGain * (1 + Math.Abs(values[0])))
                    break;
                bestAtCheckpoint = values[0];
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    centroid[j] += points[i][j] / n;

            var reflected = Towards(centroid, points[n], -1);
            var fr = Eval(reflected);
            if (fr < values[0])
            {
                var expanded = Towards(centroid, points[n], -2);
                var fe = Eval(expanded);
                (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[n - 1])
                (points[n], values[n]) = (reflected, fr);
            else
            {
                var contracted = fr < values[n] ? Towards(centroid, reflected, 0.5) : Towards(centroid, points[n], 0.5);
                var fc = Eval(contracted);
                if (fc < Math.Min(fr, values[n]))
                    (points[n], values[n]) = (contracted, fc);
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = Towards(points[0], points[i], 0.5);
                        values[i] = Eval(points[i]);
                    }
                }
            }
        }

        var best = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).First();
        return (points[best], values[best]);
    }

    // from + k × (to − from): k = −1 reflects "to" through "from", ½ goes halfway.
    private static double[] Towards(double[] from, double[] to, double k) =>
        [.. from.Select((x, i) => x + k * (to[i] - x))];

    private static double Spread(double[][] points) =>
        points.Skip(1).Max(p => p.Select((x, i) => Math.Abs(x - points[0][i])).Max());
}

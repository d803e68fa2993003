namespace PortfolioEval.Scoring.History;

/// <summary>Random draws for the forecast, from a seeded generator so the same book always gives the same range.</summary>
internal static class Sampling
{
    /// <summary>Gamma(shape, rate) by Marsaglia &amp; Tsang (2000); shape &lt; 1 through Gamma(shape + 1)·U^(1/shape).</summary>
    public static double Gamma(Random random, double shape, double rate)
    {
        if (shape < 1)
            return Gamma(random, shape + 1, rate) * Math.Pow(1 - random.NextDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = 1 - random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
                return d * v / rate;
        }
    }

    public static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a, 1);
        return x / (x + Gamma(random, b, 1));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A generator seed for the client at <paramref name="index"/> in the forecast's order, mixed so neighbours differ.</summary>
    public static int SeedOf(int index, int seed)
    {
        var mixed = (uint)seed ^ ((uint)index * 2654435761u);
        mixed ^= mixed >> 16;
        return (int)(mixed & 0x7FFFFFFF);
    }
}

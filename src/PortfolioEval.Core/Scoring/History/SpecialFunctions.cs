namespace PortfolioEval.Scoring.History;

/// <summary>
/// The few special functions the purchase-history models need, written out so the likelihoods can be computed in
/// logs: products of gamma functions overflow a double long before the parameters are unreasonable.
/// </summary>
public static class SpecialFunctions
{
    // Lanczos approximation, g = 7, nine coefficients: relative error below 1e-15 for positive arguments.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x); // reflection, for 0 < x < ½
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
            sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>ln(e^a + e^b) without overflow; −∞ stands for a term that is absent.</summary>
    public static double LogSumExp(double a, double b)
    {
        var max = Math.Max(a, b);
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }

    /// <summary>
    /// The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1 by its power series, summed until a term
    /// no longer changes the sum. The BG/NBD forecast calls it with z = t / (α + T + t), well inside the unit disc
    /// for any client observed for some time; the cap on terms only guards against z extremely close to 1.
    /// </summary>
    public static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        if (z is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(z), z, "The series is used for 0 ≤ z < 1 only.");
        double term = 1, sum = 1;
        for (var n = 0; n < 200_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-15 * Math.Abs(sum))
                break;
        }

        return sum;
    }
}

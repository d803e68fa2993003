namespace PortfolioEval.Scoring;

public enum ValuationScenarioKind
{
    /// <summary>The dormant high-value clients (see <see cref="ReactivationRule"/>) are contacted again today.</summary>
    DormantClientsReactivated,

    /// <summary>The same clients and contacts, discounted as a moderately concentrated book (HHI 2,500).</summary>
    ConcentrationModerate,

    /// <summary>The same clients and contacts, discounted as an unconcentrated book (HHI 1,500: no discount).</summary>
    ConcentrationLow,
}

/// <param name="IsAtLeast">True when the report's figures bound the answer from below rather than give it exactly.</param>
public sealed record ValuationScenario(ValuationScenarioKind Kind, Valuation Valuation, bool IsAtLeast);

/// <summary>
/// What would change a book's valuation, worked out from the report's own figures: a company reads the stored report,
/// never the book, so nothing here needs a client. Each scenario keeps the formula of <see cref="ValuationRule"/> and
/// changes one input.
/// </summary>
public static class ValuationScenarios
{
    /// <summary>The scenarios that would change <paramref name="report"/>'s valuation; none for a book without value.</summary>
    public static IReadOnlyList<ValuationScenario> Of(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var valuation = report.Valuation;
        if (valuation.GrossValue <= 0)
            return [];
        var scenarios = new List<ValuationScenario>();
        if (report.Reactivation is { Clients: > 0, Value: > 0 } dormant)
            scenarios.Add(new(ValuationScenarioKind.DormantClientsReactivated, Reactivated(valuation, dormant.Value, report.Settings.DormantAfterDays), IsAtLeast: true));
        if (report.DealValue.Concentration == ConcentrationBand.High)
            scenarios.Add(new(ValuationScenarioKind.ConcentrationModerate, Discounted(valuation, ValuationRule.ConcentrationDiscount(ConcentrationBands.HighAbove)), IsAtLeast: false));
        if (valuation.ConcentrationDiscount > 0)
            scenarios.Add(new(ValuationScenarioKind.ConcentrationLow, Discounted(valuation, 0), IsAtLeast: false));
        return scenarios;
    }

    /// <summary>
    /// Each dormant client has gone more than <paramref name="dormantAfterDays"/> without contact, so it adds at most
    /// value × 0.5^(dormant days / half-life) today; contacted today it adds its whole value. The valuation therefore
    /// grows by at least their value × (1 − 0.5^(dormant days / half-life)), after the same concentration discount,
    /// and never past the whole book. A lower bound: the report does not keep how long each one has been dormant.
    /// </summary>
    /// <remarks>
    /// That bound gains most where the half-life is shortest, so on its own it could put "low" above "expected". But
    /// the valuation never falls as the half-life grows (every decay 0.5^(days / h) rises with h), so whatever bounds
    /// the low end also bounds the expected and high ones: each end takes the largest bound below it.
    /// </remarks>
    private static Valuation Reactivated(Valuation valuation, decimal dormantValue, int dormantAfterDays)
    {
        decimal At(decimal value, double halfLife)
        {
            var undiscounted = Undiscounted(value, valuation.ConcentrationDiscount);
            var gain = dormantValue * (decimal)(1 - ScoreMath.Decay(dormantAfterDays, halfLife));
            return Discount(Math.Min(valuation.GrossValue, undiscounted + gain), valuation.ConcentrationDiscount);
        }
        var low = At(valuation.Low, valuation.HalfLifeDays / 2);
        var expected = Math.Max(low, At(valuation.Expected, valuation.HalfLifeDays));
        return valuation with { Low = low, Expected = expected, High = Math.Max(expected, At(valuation.High, valuation.HalfLifeDays * 2)) };
    }

    /// <summary>The same sums with another concentration discount: exact up to the cent the stored figures were rounded to.</summary>
    private static Valuation Discounted(Valuation valuation, double discount) => valuation with
    {
        Low = Discount(Undiscounted(valuation.Low, valuation.ConcentrationDiscount), discount),
        Expected = Discount(Undiscounted(valuation.Expected, valuation.ConcentrationDiscount), discount),
        High = Discount(Undiscounted(valuation.High, valuation.ConcentrationDiscount), discount),
        ConcentrationDiscount = discount,
    };

    // The discount is at most 30% (ValuationRule.MaxConcentrationDiscount), so 1 − discount is never 0.
    private static decimal Undiscounted(decimal value, double discount) => value / (decimal)(1 - discount);

    private static decimal Discount(decimal value, double discount) =>
        Math.Round(value * (decimal)(1 - discount), 2, MidpointRounding.AwayFromZero);
}

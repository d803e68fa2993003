using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// What moves the value most: each input one step down and up, the others unchanged, largest swing first (ties in the
/// order of <see cref="SensitivityInput"/>). The steps are the size of the uncertainty in each input: the revenue's
/// own P10–P90, the half-width of the accounting-practice range of multiples (±0.2), five points of retention, five
/// points of concentration discount, and a tenth of transferability.
/// </summary>
public static class Sensitivity
{
    public const double MultipleStep = 0.2, RetentionStep = 0.05, ConcentrationStep = 0.05, TransferabilityStep = 0.1;

    internal static IReadOnlyList<SensitivityRow> Of(BookForecast forecast, Factors factors, double retention)
    {
        decimal At(double revenue, Factors f) => BookValueRule.Money(revenue * f.Multiple);
        var expected = forecast.Expected;
        SensitivityRow[] rows =
        [
            new(SensitivityInput.Revenue, 0, At(forecast.P10, factors), At(forecast.P90, factors)),
            new(SensitivityInput.BaseMultiple, MultipleStep,
                At(expected, factors with { Base = Math.Max(0, factors.Base - MultipleStep) }), At(expected, factors with { Base = factors.Base + MultipleStep })),
            new(SensitivityInput.Retention, RetentionStep,
                At(expected, factors with { Retention = BookValueRule.RetentionFactor(retention - RetentionStep) }),
                At(expected, factors with { Retention = BookValueRule.RetentionFactor(retention + RetentionStep) })),
            new(SensitivityInput.Concentration, ConcentrationStep,
                At(expected, factors with { ConcentrationDiscount = Math.Min(1, factors.ConcentrationDiscount + ConcentrationStep) }),
                At(expected, factors with { ConcentrationDiscount = Math.Max(0, factors.ConcentrationDiscount - ConcentrationStep) })),
            new(SensitivityInput.Transferability, TransferabilityStep,
                At(expected, factors with { Transferability = Math.Max(0, factors.Transferability - TransferabilityStep) }),
                At(expected, factors with { Transferability = Math.Min(1, factors.Transferability + TransferabilityStep) })),
        ];
        return [.. rows.OrderByDescending(r => r.Swing).ThenBy(r => r.Input)];
    }
}

using Microsoft.Extensions.Localization;
using PortfolioEval.Scoring.BookValuation;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// The book value's words in the reader's language: each explanation key of the report (<see cref="ValuationTexts"/>,
/// whose English texts are the resource keys), each adjustment and each input of the sensitivity table, said as an
/// entrepreneur would, never by the model's names.
/// </summary>
public sealed class BookValueTexts(IStringLocalizer<SharedResource> l)
{
    /// <summary>The explanation behind a key; an unknown key (a newer report read by an older page) says nothing.</summary>
    public string Explanation(string key) =>
        ValuationTexts.English.TryGetValue(key, out var english) ? l[english] : "";

    public string Adjustment(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.Retention => l["Clients who stay"],
        AdjustmentKind.Concentration => l["Dependence on the largest clients"],
        AdjustmentKind.Transferability => l["Clients who would follow the salesperson"],
        AdjustmentKind.Currency => l["Currencies"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public string Input(SensitivityInput input) => input switch
    {
        SensitivityInput.Revenue => l["Revenue of the next 12 months (its likely low and high)"],
        SensitivityInput.BaseMultiple => l["The multiple a buyer pays (0.2 less or more)"],
        SensitivityInput.Retention => l["Clients who stay (5 points less or more)"],
        SensitivityInput.Concentration => l["Discount for dependence on the largest clients (5 points more or less)"],
        SensitivityInput.Transferability => l["Clients who would follow the salesperson (10 points less or more)"],
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    /// <summary>The band of the 2023 US merger guidelines, with its bounds, so the HHI figure has a scale.</summary>
    public string Level(ConcentrationLevel level) => level switch
    {
        ConcentrationLevel.Unconcentrated => l["not concentrated (index below 1,000)"],
        ConcentrationLevel.Moderate => l["moderately concentrated (index 1,000 to 1,800)"],
        ConcentrationLevel.High => l["highly concentrated (index above 1,800)"],
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>"×0.95": a factor or a multiple, to two decimals in the reader's culture.</summary>
    public static string Times(double factor) =>
        "×" + PortfolioEval.Scoring.ScoreMath.Round(factor, 2).ToString("0.00", System.Globalization.CultureInfo.CurrentCulture);
}

using PortfolioEval.Books;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// What a book may be worth to a buyer: the next 12 months' expected revenue from the purchase-history model, times
/// a multiple of recurring revenue, with every adjustment shown. Each figure carries its inputs and the key of a
/// plain-language explanation (<see cref="ValuationTexts"/>). Amounts in the book's main currency, rounded to cents.
/// </summary>
/// <param name="Value">Expected revenue × <paramref name="Multiple"/>.</param>
/// <param name="Low">P10 revenue × multiple; <paramref name="High"/> the P90.</param>
/// <param name="LeftOut">Totals in other currencies, not converted and not valued.</param>
/// <param name="Sensitivity">Each input moved one step either way, what moves the value most first.</param>
public sealed record BookValue(
    string? Currency,
    RevenueFigures Revenue,
    double BaseMultiple,
    IReadOnlyList<ValueAdjustment> Adjustments,
    double Multiple,
    decimal Value,
    decimal Low,
    decimal High,
    ConcentrationFigures Concentration,
    IReadOnlyList<CurrencyTotal> LeftOut,
    IReadOnlyList<SensitivityRow> Sensitivity)
{
    public string ExplanationKey { get; init; } = ValuationTexts.Value;
}

/// <param name="Expected">Σ expected purchases × expected spend per purchase, next 12 months.</param>
/// <param name="P10">10th percentile of the simulated futures; P50 the median, P90 the 90th.</param>
/// <param name="Accounts">Accounts with revenue (clients sharing identifiers count once).</param>
/// <param name="AccountsWithoutDate">Accounts with value but no purchase or contact date: not forecast, no revenue.</param>
/// <param name="RecencyOnly">True when some account is read by recency only (wider range).</param>
/// <param name="Retention">Share of the book's value with accounts still active, Σ value × P(alive) / Σ value.</param>
/// <param name="Runs">Simulated futures; <paramref name="Simulated"/> the accounts simulated in each (all, or an even sample).</param>
public sealed record RevenueFigures(
    decimal Expected,
    decimal P10,
    decimal P50,
    decimal P90,
    PurchaseModel Model,
    int Accounts,
    int AccountsWithoutDate,
    bool RecencyOnly,
    double Retention,
    int Runs,
    int Simulated,
    int Seed)
{
    public string ExplanationKey => RecencyOnly ? ValuationTexts.RevenueRecencyOnly : Model.PurchasesSource == ParameterSource.FittedToBook
        ? ValuationTexts.RevenueFitted : ValuationTexts.RevenueReference;
}

public enum AdjustmentKind { Retention, Concentration, Transferability, Currency }

/// <param name="Factor">What the adjustment multiplies the base multiple by.</param>
/// <param name="Inputs">The figures it was worked out from, by name (e.g. "retention" 0.87, "reference" 0.9).</param>
public sealed record ValueAdjustment(AdjustmentKind Kind, double Factor, IReadOnlyDictionary<string, double> Inputs, string ExplanationKey);

public enum SensitivityInput { Revenue, BaseMultiple, Retention, Concentration, Transferability }

/// <param name="Step">The step either way, in the input's own unit (a share, a multiple).</param>
/// <param name="Down">The value with the input one step lower (for revenue: the P10); <paramref name="Up"/> one higher.</param>
public sealed record SensitivityRow(SensitivityInput Input, double Step, decimal Down, decimal Up)
{
    public decimal Swing => Math.Abs(Up - Down);

    public string ExplanationKey { get; init; } = ValuationTexts.Sensitivity;
}

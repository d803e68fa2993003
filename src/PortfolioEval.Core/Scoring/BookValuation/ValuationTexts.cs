namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// Stable keys of the valuation's explanations, with their English default texts. The pages translate them (the
/// Spanish texts live with the page's resources); the keys never change meaning, so a stored report stays readable.
/// </summary>
public static class ValuationTexts
{
    public const string Value = "valuation.value";
    public const string RevenueFitted = "valuation.revenue.fitted";
    public const string RevenueReference = "valuation.revenue.reference";
    public const string RevenueRecencyOnly = "valuation.revenue.recency-only";
    public const string Retention = "valuation.adjustment.retention";
    public const string RetentionMeasured = "valuation.adjustment.retention.measured";
    public const string Concentration = "valuation.adjustment.concentration";
    public const string TransferabilityKnown = "valuation.adjustment.transferability";
    public const string TransferabilityNeutral = "valuation.adjustment.transferability.neutral";
    public const string CurrencySingle = "valuation.adjustment.currency";
    public const string CurrencyLeftOut = "valuation.adjustment.currency.left-out";
    public const string CurrencyConverted = "valuation.adjustment.currency.converted";
    public const string CurrencyConvertedSomeLeftOut = "valuation.adjustment.currency.converted.some-left-out";
    public const string Sensitivity = "valuation.sensitivity";

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Value] = "What a buyer might pay for this book: the revenue expected in the next 12 months, times a multiple of that revenue, adjusted for how long clients stay, how much rests on a few clients, and how many clients would follow the salesperson.",
        [RevenueFitted] = "Expected revenue of the next 12 months, from each client's purchase history: how likely the client still buys, how often, and how much each time. The model was fitted to this book's own history. The range leaves out the least likely tenth of outcomes at each end.",
        [RevenueReference] = "Expected revenue of the next 12 months, from each client's purchase history. The book has too few repeat buyers to learn its own buying patterns, so patterns from a published reference customer base are used. The range leaves out the least likely tenth of outcomes at each end.",
        [RevenueRecencyOnly] = "Expected revenue of the next 12 months, estimated from how long ago each client last bought or was contacted, with buying patterns from a published reference customer base. The book has no purchase history, so the range is wider.",
        [Retention] = "How much of the book's value is with clients who are probably still buying. Books that keep nine in ten clients are the usual reference; more raises the multiple, less lowers it.",
        [RetentionMeasured] = "How much of the revenue of the year before the last one the same clients brought again in the last 12 months, from the dates of the book's sales. Books that keep nine tenths of their revenue are the usual reference; more raises the multiple, less lowers it.",
        [Concentration] = "How much of the revenue depends on the largest clients. Losing one large client costs a buyer more than losing several small ones, so a concentrated book is worth less.",
        [TransferabilityKnown] = "How many clients would follow the salesperson: clients the salesperson won count fully, inherited or assigned clients less.",
        [TransferabilityNeutral] = "The book does not say which clients the salesperson won and which were inherited or assigned, so a neutral middle value is used.",
        [CurrencySingle] = "All the revenue is in one currency.",
        [CurrencyLeftOut] = "Sales in other currencies are not converted and are left out of this value.",
        [CurrencyConverted] = "Sales in other currencies are converted into the main currency at the dated exchange rates shown, and counted in full.",
        [CurrencyConvertedSomeLeftOut] = "Sales in other currencies are converted into the main currency at the dated exchange rates shown; sales in currencies without an exchange rate cannot be converted and are left out of this value.",
        [Sensitivity] = "What moves the value most: each input moved one step down and up, the others unchanged.",
    };
}

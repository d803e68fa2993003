using PortfolioEval.Books;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// Values a book as a multiple of its expected recurring revenue (docs/SCORING.md, "Valuation from purchase
/// history"): value = expected revenue × base multiple × retention × transferability × (1 − concentration discount).
/// Pure: values in, including the as-of date; the same clients in any order give the same value.
/// </summary>
public static class BookValueRule
{
    /// <summary>
    /// Times the expected 12 months' revenue. The middle of the 0.8–1.2× of gross recurring fees at which accounting
    /// practices change hands, the lowest of the published rules of thumb (financial advisers 2–3×, insurance
    /// agencies 1.5–3×): a salesperson's book transfers less surely than a practice with its staff and contracts.
    /// </summary>
    public const double BaseMultiple = 1.0;

    /// <summary>The retention a book is priced at: nine clients in ten kept a year, the usual mark of a good book.</summary>
    public const double ReferenceRetention = 0.90;

    /// <summary>Each point of retention above or below the reference moves the multiple by 2.5%, within these bounds.</summary>
    public const double RetentionSlope = 2.5, MinRetentionFactor = 0.5, MaxRetentionFactor = 1.25;

    /// <param name="otherCurrencies">Sales that could not be converted into <paramref name="currency"/>: listed, left out.</param>
    /// <param name="convertedCurrencies">Other currencies already converted into <paramref name="currency"/> (and so in
    /// the clients' values) at the dated rates the report states.</param>
    /// <param name="revenueKept">The revenue retention measured from dated sales (<see cref="ActivityFigures.Retention"/>):
    /// when given, it prices retention instead of the model's share of value with clients still buying, as what the
    /// book shows its clients did beats what a model expects of them. Null: the book's sales are not dated.</param>
    public static BookValue Value(IReadOnlyList<ValuationClient> clients, string? currency, IReadOnlyList<CurrencyTotal> otherCurrencies, DateOnly asOf,
        int convertedCurrencies = 0, double? revenueKept = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return Value(ValuationClients.Of(clients), currency, otherCurrencies, asOf, convertedCurrencies, revenueKept);
    }

    internal static BookValue Value(ValuationClients clients, string? currency, IReadOnlyList<CurrencyTotal> otherCurrencies, DateOnly asOf,
        int convertedCurrencies = 0, double? revenueKept = null)
    {
        ArgumentNullException.ThrowIfNull(otherCurrencies);
        var book = Accounts.Of(clients, asOf);
        var accounts = book.Accounts;
        // Each forecast account's P(alive) and expected revenue, by its place among the forecast ones.
        var models = book.Forecastable(out var forecastable);
        var (alive, expected) = (new double[forecastable.Length], new double[forecastable.Length]);
        var forecast = RevenueForecast.Of(models, RevenueForecast.YearWeeks, alive, expected);

        var totalValue = accounts.Sum(a => (double)a.Value);
        double alivePart = 0, transferPart = 0;
        for (var j = 0; j < forecastable.Length; j++)
            (alivePart, transferPart) = (alivePart + (double)accounts[forecastable[j]].Value * alive[j], transferPart + expected[j] * accounts[forecastable[j]].Weight);
        var retention = totalValue > 0 ? alivePart / totalValue : 0;
        // On the book's sales, not the forecast: the forecast pulls each client's spend towards the book's average,
        // which would hide how much rests on one client. Those of the last 12 months when the sales are dated.
        var lastTwelveMonths = accounts.Count > 0 && book.LastYear is not null;
        var shares = new double[accounts.Count];
        for (var a = 0; a < shares.Length; a++)
            shares[a] = (double)(lastTwelveMonths ? book.LastYearOf(accounts[a]) : accounts[a].Value);
        var concentration = Concentration.OfOwn(shares) with { LastTwelveMonths = lastTwelveMonths };
        var transfer = forecast.Expected > 0
            ? transferPart / forecast.Expected
            : Transferability.Neutral;
        var originKnown = accounts.Count > 0 && accounts.All(a => a.OriginKnown);

        var priced = revenueKept ?? retention;
        var factors = new Factors(BaseMultiple, RetentionFactor(priced), transfer, concentration.Discount);
        var revenue = new RevenueFigures(Money(forecast.Expected), Money(forecast.P10), Money(forecast.P50), Money(forecast.P90), forecast.Model,
            forecastable.Length, accounts.Count - forecastable.Length, forecast.AssumedSpans, retention, forecast.Runs, forecast.Simulated, forecast.Seed);
        ValueAdjustment[] adjustments =
        [
            revenueKept is { } kept
                ? new(AdjustmentKind.Retention, factors.Retention, Inputs(("retention", retention), ("revenue-kept", kept), ("reference", ReferenceRetention), ("slope", RetentionSlope)), ValuationTexts.RetentionMeasured)
                : new(AdjustmentKind.Retention, factors.Retention, Inputs(("retention", retention), ("reference", ReferenceRetention), ("slope", RetentionSlope)), ValuationTexts.Retention),
            new(AdjustmentKind.Concentration, 1 - concentration.Discount, Inputs(("top-share", concentration.TopShare), ("top-five-share", concentration.TopFiveShare), ("hhi", concentration.Hhi), ("discount", concentration.Discount)), ValuationTexts.Concentration),
            new(AdjustmentKind.Transferability, transfer, Inputs([("won", Transferability.Won), ("inherited-or-assigned", Transferability.InheritedOrAssigned), ("neutral", Transferability.Neutral), .. OriginShares(clients)]), originKnown ? ValuationTexts.TransferabilityKnown : ValuationTexts.TransferabilityNeutral),
            new(AdjustmentKind.Currency, 1, Inputs(("currencies-converted", convertedCurrencies), ("currencies-left-out", otherCurrencies.Count)), CurrencyText(convertedCurrencies, otherCurrencies.Count)),
        ];

        return new BookValue(currency, revenue, BaseMultiple, adjustments, factors.Multiple,
            Money(forecast.Expected * factors.Multiple), Money(forecast.P10 * factors.Multiple), Money(forecast.P90 * factors.Multiple),
            concentration, otherCurrencies, Sensitivity.Of(forecast, factors, priced));
    }

    /// <summary>The share of the book's sales with clients of each origin ("share-won", "share-inherited",
    /// "share-assigned", "share-unknown"), so the split behind the transferability factor is shown with it.</summary>
    private static IEnumerable<(string Name, double Value)> OriginShares(ValuationClients clients)
    {
        var all = Enumerable.Range(0, clients.Count);
        var total = all.Sum(c => Math.Max(0, (double)clients.Value[c]));
        return Enum.GetValues<ClientOrigin>().Select(origin => ("share-" + origin.ToString().ToLowerInvariant(),
            total > 0 ? all.Where(c => clients.Origin[c] == origin).Sum(c => Math.Max(0, (double)clients.Value[c])) / total : 0));
    }

    private static string CurrencyText(int converted, int leftOut) =>
        leftOut > 0 ? (converted > 0 ? ValuationTexts.CurrencyConvertedSomeLeftOut : ValuationTexts.CurrencyLeftOut)
        : converted > 0 ? ValuationTexts.CurrencyConverted : ValuationTexts.CurrencySingle;

    /// <summary>1 at the reference retention, 2.5% per point either way, within 0.5–1.25.</summary>
    public static double RetentionFactor(double retention) =>
        Math.Clamp(1 + RetentionSlope * (retention - ReferenceRetention), MinRetentionFactor, MaxRetentionFactor);

    internal static decimal Money(double amount) =>
        double.IsFinite(amount) ? Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero) : 0;

    private static Dictionary<string, double> Inputs(params IEnumerable<(string Name, double Value)> inputs) =>
        inputs.ToDictionary(i => i.Name, i => i.Value, StringComparer.Ordinal);
}

/// <summary>The multiple and its parts; <see cref="Sensitivity"/> moves one part at a time.</summary>
internal sealed record Factors(double Base, double Retention, double Transferability, double ConcentrationDiscount)
{
    public double Multiple => Base * Retention * Transferability * (1 - ConcentrationDiscount);
}

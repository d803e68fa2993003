namespace PortfolioEval.Scoring;

/// <summary>
/// What the book may be worth to an entrepreneur in a year: Σ yearly value × P(still active), the yearly value being
/// a client's revenue of the last 12 months when its sales are dated (<see cref="RevenueWindows.YearlyValue"/>), else
/// its deal value; P = 0.5^(days since contact /
/// half-life) (0 with no contact date), times (1 − concentration discount). Low and high use the half-life halved and
/// doubled, so the range shows how much the answer rests on that one assumption. Amounts rounded to cents.
/// </summary>
public static class ValuationRule
{
    /// <summary>
    /// The most concentration takes off. A judgement, not a standard: a buyer prices the risk of losing the largest
    /// accounts, but a book that is one client still has that client; capped so concentration never outweighs decay.
    /// </summary>
    public const double MaxConcentrationDiscount = 0.3;

    /// <summary>Discount = 30% × (1 − diversification): none up to HHI 1,500, 12% at 2,500, 25.5% for one client.</summary>
    public static double ConcentrationDiscount(double hhi) =>
        hhi > 0 ? MaxConcentrationDiscount * (1 - ConcentrationBands.Diversification(hhi)) : 0;

    /// <param name="windows">Where dated sales are counted (null: every client's deal value is its yearly value).</param>
    public static Valuation Value(ValuedBook book, DateOnly asOf, double halfLifeDays, double hhi, RevenueWindows? windows = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var discount = ConcentrationDiscount(hhi);
        // The three half-lives in one pass over the clients.
        decimal low = 0, mid = 0, high = 0;
        foreach (var client in book.Clients)
        {
            var yearly = windows?.YearlyValue(client) ?? client.Value;
            low += yearly * (decimal)Active(client, asOf, halfLifeDays / 2);
            mid += yearly * (decimal)Active(client, asOf, halfLifeDays);
            high += yearly * (decimal)Active(client, asOf, halfLifeDays * 2);
        }

        decimal Expected(decimal sum) => Math.Round(sum * (decimal)(1 - discount), 2, MidpointRounding.AwayFromZero);
        return new Valuation(book.Currency, Expected(low), Expected(mid), Expected(high), book.Total, discount, halfLifeDays);
    }

    private static double Active(ValuedClient client, DateOnly asOf, double halfLife) =>
        client.Client.LastContact is { } contact ? ScoreMath.Decay(ScoreMath.DaysSince(contact, asOf), halfLife) : 0;
}

namespace PortfolioEval.Scoring;

/// <param name="NetNegativeClients">Clients whose credit notes exceed their sales in the main currency.</param>
/// <param name="NegativeTotal">What those clients net to (a negative amount, or 0).</param>
/// <param name="NetTotal">The book's value with credit notes subtracted: may be below the sum of the positive values, or
/// below zero.</param>
public sealed record SignFigures(string? Currency, int NetNegativeClients, decimal NegativeTotal, decimal NetTotal)
{
    public bool NetNegativeBook => NetTotal < 0;

    /// <summary>True when the figures are the sales of the last 12 months, as deal value's (version 4 on, dated sales).</summary>
    public bool LastTwelveMonths { get; init; }
}

/// <summary>
/// Credit notes said out loud. Shares, means and the concentration need weights of 0 or more, so a client that nets
/// below zero weighs 0 there; this rule reports how many did, by how much, and the book's net value, so nothing is
/// clipped without a word.
/// </summary>
public static class SignsRule
{
    /// <param name="lastYear">When the book's sales are dated: each client's sales of the last 12 months are netted,
    /// the window deal value reads (null: each client's whole value).</param>
    public static SignFigures Figures(ValuedBook book, RevenueWindows? lastYear = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var mainCurrency = book.Currency;
        var negative = 0;
        decimal negativeTotal = 0, net = 0;
        foreach (var valued in book.Clients)
        {
            var client = valued.Client;
            decimal own = 0;
            for (var i = 0; i < CurrencyConversion.AmountsCount(client); i++)
            {
                var amount = CurrencyConversion.AmountOf(client, i);
                if (string.Equals(amount.Currency, mainCurrency, StringComparison.Ordinal))
                    own += amount.Amount;
            }
            own = lastYear?.NetLastYear(client, own) ?? own;
            net += own;
            if (own < 0)
                (negative, negativeTotal) = (negative + 1, negativeTotal + own);
        }

        return new SignFigures(mainCurrency, negative, negativeTotal, net) { LastTwelveMonths = lastYear is not null };
    }
}

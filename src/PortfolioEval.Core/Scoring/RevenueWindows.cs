using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>Which 12-month window a date falls in, counted back from the as-of date.</summary>
public enum RevenueWindow { LastYear, PriorYear, Older }

/// <summary>
/// A client's revenue in the two 12-month windows before the as-of date, in the main currency.
/// <see cref="Base"/> and <see cref="Kept"/> are what revenue retention adds up: the business the client brought the
/// year before, and how much of it the last year kept.
/// </summary>
public readonly record struct ClientRevenue(decimal LastYear, decimal PriorYear, decimal Base, decimal Kept);

/// <summary>
/// Revenue in the last 12 months, (as-of − 12 months, as-of], and in the 12 before them, (as-of − 24 months, as-of −
/// 12 months], calendar months (31/03/2026 looks back to 31/03/2025, not included). A client with
/// <see cref="Books.DatedSales"/> counts each day's sales in the window of its day; any other client's value is placed
/// at its last contact, since the book gives one date for it. A date after the as-of date counts as the as-of date, as
/// everywhere in scoring. Sales in another currency are converted at the main currency's as-of rate, window by window,
/// rounded to the cent; a currency without a rate is left out, as the book's conversion leaves it out. A client's
/// revenue in a window is never below zero (credit notes above sales weigh 0, as in the rest of the report).
/// Reasons and examples: docs/SCORING.md, "Activity".
/// </summary>
public sealed class RevenueWindows
{
    public const int Months = 12;

    private readonly DateOnly lastYearAfter, priorYearAfter, asOf;
    private readonly string? mainCurrency;
    private readonly RateTable rates;
    private readonly RateUsed? mainRate;

    /// <param name="mainCurrency">The book's main currency, in which the clients' values are.</param>
    public RevenueWindows(DateOnly asOf, string? mainCurrency, RateTable rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        (this.asOf, this.mainCurrency, this.rates) = (asOf, mainCurrency, rates);
        (lastYearAfter, priorYearAfter) = (asOf.AddMonths(-Months), asOf.AddMonths(-2 * Months));
        mainRate = rates.Find(mainCurrency, asOf);
    }

    public RevenueWindow Of(DateOnly date) =>
        date > lastYearAfter ? RevenueWindow.LastYear : date > priorYearAfter ? RevenueWindow.PriorYear : RevenueWindow.Older;

    public ClientRevenue Of(in ValuedClient client)
    {
        if (client.Client.DatedSales is not { } dated)
        {
            // One date for the client's yearly value: active in the last year means kept from the year before;
            // last seen the year before means lost.
            return client.Client.LastContact is { } contact ? Of(contact) switch
            {
                RevenueWindow.LastYear => new(client.Value, 0, client.Value, client.Value),
                RevenueWindow.PriorYear => new(0, client.Value, client.Value, 0),
                _ => default,
            } : default;
        }

        var (last, prior) = NetOf(dated);
        (last, prior) = (Math.Max(0, last), Math.Max(0, prior));
        return new(last, prior, prior, Math.Min(last, prior));
    }

    /// <summary>
    /// True when some client's sales are dated: the book's annual figures (deal value, concentration, credit notes)
    /// are then each client's revenue of the last 12 months (version 4). A book of one row per client has none, and
    /// its figures read each client's value as the book gives it.
    /// </summary>
    public static bool BySaleDate(ValuedBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        foreach (var client in book.Clients)
        {
            if (client.Client.DatedSales is not null)
                return true;
        }

        return false;
    }

    /// <summary>Each client's revenue of the last 12 months, in the book's client order (never below zero).</summary>
    public decimal[] LastYearOfEach(ValuedBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var values = new decimal[book.Clients.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = Of(book.Clients[i]).LastYear;
        return values;
    }

    /// <summary>
    /// The client's net sales of the last 12 months, credit notes subtracted and not clipped: its dated sales in the
    /// window, or <paramref name="net"/> (its net value in the main currency) when the book gives it one date and that
    /// date falls in the window.
    /// </summary>
    public decimal NetLastYear(in CompactClient client, decimal net)
    {
        if (client.DatedSales is { } dated)
            return NetOf(dated).Last;
        return client.LastContact is { } contact && Of(contact) == RevenueWindow.LastYear ? net : 0;
    }

    // The dated sales in each window, converted into the main currency, credit notes subtracted.
    private (decimal Last, decimal Prior) NetOf(DatedSales dated)
    {
        decimal last = 0, prior = 0;
        var sales = dated.Sales.Span;
        for (var start = 0; start < sales.Length;)
        {
            decimal lastHere = 0, priorHere = 0;
            var end = start;
            for (; end < sales.Length && string.Equals(sales[end].Currency, sales[start].Currency, StringComparison.Ordinal); end++)
            {
                switch (Of(sales[end].Day))
                {
                    case RevenueWindow.LastYear:
                        lastHere += sales[end].Amount;
                        break;
                    case RevenueWindow.PriorYear:
                        priorHere += sales[end].Amount;
                        break;
                }
            }

            if (TryRateIntoMain(sales[start].Currency, out var rate))
                (last, prior) = (last + InMainCurrency(lastHere, rate), prior + InMainCurrency(priorHere, rate));
            start = end;
        }

        return (last, prior);
    }

    /// <summary>The client's yearly value: its revenue in the last 12 months when its sales are dated, else its value.</summary>
    public decimal YearlyValue(in ValuedClient client)
    {
        return client.Client.DatedSales is null ? client.Value : Of(client).LastYear;
    }

    // The rate that brings a currency into the main one (null: it is the main one); false when it cannot be.
    private bool TryRateIntoMain(string? currency, out RateUsed? rate)
    {
        rate = null;
        if (string.Equals(currency, mainCurrency, StringComparison.Ordinal))
            return true;
        rate = mainRate is null ? null : rates.Find(currency, asOf);
        return rate is not null;
    }

    private decimal InMainCurrency(decimal amount, RateUsed? rate) =>
        rate is null ? amount : ScoreMath.Round(RateTable.Convert(amount, rate, mainRate!), 2);
}

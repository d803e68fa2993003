using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>A currency of the book converted into the main one: its own total, the converted total and the rate used.</summary>
public sealed record ConvertedCurrency(string Currency, decimal Amount, int Clients, decimal Converted, RateUsed Rate);

/// <param name="MainCurrency">The currency holding most of the book's value once converted (see <see cref="CurrencyConversion"/>).</param>
/// <param name="MainRate">The main currency's own rate to the dollar (for the fixed money scales); null without one.</param>
/// <param name="Converted">Every other currency converted into the main one, with its rate and the rate's date.</param>
/// <param name="NotConverted">Currencies without a known rate (or not stated): listed apart, never added to anything.</param>
/// <param name="BalancesNotConverted">Clients with a balance that could not be converted (its currency has no rate, or
/// the client has amounts in several currencies, so nobody can tell which): left out of receivables.</param>
public sealed record CurrencyFigures(
    string? MainCurrency,
    RateUsed? MainRate,
    IReadOnlyList<ConvertedCurrency> Converted,
    IReadOnlyList<CurrencyTotal> NotConverted,
    int BalancesNotConverted);

/// <summary>
/// Puts a book's amounts into one currency before any rule reads them. The main currency is the one whose total is
/// largest once every total is converted to dollars (a 60,000 CLP client, about 60 dollars, no longer outweighs five
/// 10,000 USD clients); ties go to the currency more clients use, then alphabetically. Every amount in a currency with
/// a rate on or before the as-of date is then converted into the main currency at that rate and rounded to the cent,
/// client by client; an amount without a rate (or without a stated currency) is taken out of the clients and listed
/// apart, never summed with the rest. Signs are kept: a credit note stays negative. With no convertible currency at
/// all, the clients are returned as they are and every currency stays apart.
/// </summary>
public static class CurrencyConversion
{
    public static (IReadOnlyList<PseudonymisedClient> Clients, CurrencyFigures Figures) Convert(
        IReadOnlyList<PseudonymisedClient> clients, RateTable rates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var book = CompactBook.Read(clients);
        var figures = Convert(book.Span, rates, asOf);
        if (figures.MainCurrency is null)
            return (clients, figures);
        var converted = new List<PseudonymisedClient>(clients.Count);
        for (var i = 0; i < clients.Count; i++)
        {
            var one = book.Clients[i];
            converted.Add(clients[i] with
            {
                ValuesByCurrency = one.ValuesByCurrency, Value = one.Value, Currency = one.Currency, OutstandingBalance = one.OutstandingBalance,
            });
        }

        return (converted, figures);
    }

    /// <summary>Converts the clients in place (the engine's book of compact clients); see <see cref="CurrencyConversion"/>.</summary>
    internal static CurrencyFigures Convert(Span<CompactClient> clients, RateTable rates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var totals = new Dictionary<string, (decimal Amount, int Clients)>(StringComparer.Ordinal);
        var unstated = (Amount: 0m, Clients: 0);
        foreach (ref readonly var client in clients)
        {
            for (var i = 0; i < AmountsCount(client); i++)
            {
                var amount = AmountOf(client, i);
                if (amount.Currency is null)
                    unstated = (unstated.Amount + amount.Amount, unstated.Clients + 1);
                else
                {
                    var total = totals.GetValueOrDefault(amount.Currency);
                    totals[amount.Currency] = (total.Amount + amount.Amount, total.Clients + 1);
                }
            }
        }

        var known = totals
            .Select(t => (Currency: t.Key, t.Value.Amount, t.Value.Clients, Rate: rates.Find(t.Key, asOf)))
            .ToList();
        var main = known.Where(k => k.Rate is not null)
            .OrderByDescending(k => RateTable.InUsd(k.Amount, k.Rate!))
            .ThenByDescending(k => k.Clients)
            .ThenBy(k => k.Currency, StringComparer.Ordinal)
            .FirstOrDefault();
        var notConverted = known.Where(k => k.Rate is null || main.Rate is null)
            .Select(k => new CurrencyTotal(k.Currency, k.Amount, k.Clients))
            .Concat(unstated.Clients > 0 ? [new CurrencyTotal(null, unstated.Amount, unstated.Clients)] : [])
            .OrderByDescending(t => t.Amount).ThenBy(t => t.Currency is null).ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();
        if (main.Rate is not { } mainRate)
            return new CurrencyFigures(null, null, [], notConverted, 0);

        // Amounts without a rate leave the clients here, so no rule can add them or make them the main currency by
        // their face value (9,000,000 bolívares are not more than 1,000 soles); they are listed in NotConverted.
        var balancesLeftOut = 0;
        foreach (ref var client in clients)
        {
            var leftOut = ConvertClient(ref client, rates, asOf, mainRate);
            balancesLeftOut += leftOut ? 1 : 0;
        }

        var others = known.Where(k => k.Rate is not null && k.Currency != mainRate.Currency)
            .Select(k => new ConvertedCurrency(k.Currency, k.Amount, k.Clients, Cents(RateTable.Convert(k.Amount, k.Rate!, mainRate)), k.Rate!))
            .OrderByDescending(c => c.Converted).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();
        return new CurrencyFigures(mainRate.Currency, mainRate, others, notConverted, balancesLeftOut);
    }

    /// <returns>True when the client's balance had to be left out.</returns>
    private static bool ConvertClient(ref CompactClient client, RateTable rates, DateOnly asOf, RateUsed main)
    {
        var count = AmountsCount(client);
        var allInMain = true;
        for (var i = 0; i < count && allInMain; i++)
            allInMain = AmountOf(client, i).Currency == main.Currency;
        if (count == 0 || allInMain)
            return false;

        decimal? inMain = null;
        for (var i = 0; i < count; i++)
        {
            var amount = AmountOf(client, i);
            if (rates.Find(amount.Currency, asOf) is { } rate)
                inMain = (inMain ?? 0) + (rate.Currency == main.Currency ? amount.Amount : Cents(RateTable.Convert(amount.Amount, rate, main)));
        }

        // A balance is in the client's currency: converted with it when it has one with a rate; with several
        // currencies nobody can tell which, and without a rate it cannot be added, so it is left out and counted.
        var balance = client.OutstandingBalance;
        var leftOut = false;
        if (balance is { } b && count == 1 && rates.Find(AmountOf(client, 0).Currency, asOf) is { } own)
            balance = Cents(RateTable.Convert(b, own, main));
        else if (balance is not null)
            (balance, leftOut) = (null, true);
        client = client.WithAmounts(inMain, inMain is null ? null : main.Currency,
            inMain is { } sum ? [new CurrencyAmount(main.Currency, sum)] : [], balance);
        return leftOut;
    }

    /// <summary>The client's amounts, one per currency (a book of one value per client has no list): how many.</summary>
    internal static int AmountsCount(in CompactClient client) => client.AmountCount > 0 ? client.AmountCount : client.Value is null ? 0 : 1;

    /// <summary>One of the client's amounts (see <see cref="AmountsCount"/>).</summary>
    internal static (string? Currency, decimal Amount) AmountOf(in CompactClient client, int index) =>
        client.AmountCount > 0 ? client.AmountAt(index) : (client.Currency, client.Value!.Value);

    private static decimal Cents(decimal amount) => ScoreMath.Round(amount, 2);
}

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
        ArgumentNullException.ThrowIfNull(rates);
        var totals = new Dictionary<string, (decimal Amount, int Clients)>(StringComparer.Ordinal);
        var unstated = (Amount: 0m, Clients: 0);
        foreach (var client in clients)
        {
            foreach (var amount in AmountsOf(client))
            {
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
            return (clients, new CurrencyFigures(null, null, [], notConverted, 0));

        // Amounts without a rate leave the clients here, so no rule can add them or make them the main currency by
        // their face value (9,000,000 bolívares are not more than 1,000 soles); they are listed in NotConverted.
        var converted = new List<PseudonymisedClient>(clients.Count);
        var balancesLeftOut = 0;
        foreach (var client in clients)
        {
            var (one, leftOut) = ConvertClient(client, rates, asOf, mainRate);
            converted.Add(one);
            balancesLeftOut += leftOut ? 1 : 0;
        }

        var others = known.Where(k => k.Rate is not null && k.Currency != mainRate.Currency)
            .Select(k => new ConvertedCurrency(k.Currency, k.Amount, k.Clients, Cents(RateTable.Convert(k.Amount, k.Rate!, mainRate)), k.Rate!))
            .OrderByDescending(c => c.Converted).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();
        return (converted, new CurrencyFigures(mainRate.Currency, mainRate, others, notConverted, balancesLeftOut));
    }

    private static (PseudonymisedClient Client, bool BalanceLeftOut) ConvertClient(PseudonymisedClient client, RateTable rates, DateOnly asOf, RateUsed main)
    {
        var amounts = AmountsOf(client);
        if (amounts.Count == 0 || amounts.All(a => a.Currency == main.Currency))
            return (client, false);

        decimal? inMain = null;
        foreach (var amount in amounts)
        {
            if (rates.Find(amount.Currency, asOf) is { } rate)
                inMain = (inMain ?? 0) + (rate.Currency == main.Currency ? amount.Amount : Cents(RateTable.Convert(amount.Amount, rate, main)));
        }

        // A balance is in the client's currency: converted with it when it has one with a rate; with several
        // currencies nobody can tell which, and without a rate it cannot be added, so it is left out and counted.
        var balance = client.OutstandingBalance;
        var leftOut = false;
        if (balance is { } b && amounts.Count == 1 && rates.Find(amounts[0].Currency, asOf) is { } own)
            balance = Cents(RateTable.Convert(b, own, main));
        else if (balance is not null)
            (balance, leftOut) = (null, true);
        return (client with
        {
            ValuesByCurrency = inMain is { } sum ? [new CurrencyAmount(main.Currency, sum)] : [],
            Value = inMain,
            Currency = inMain is null ? null : main.Currency,
            OutstandingBalance = balance,
        }, leftOut);
    }

    /// <summary>The client's amounts, one per currency (a book of one value per client has no list).</summary>
    public static IReadOnlyList<CurrencyAmount> AmountsOf(PseudonymisedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.ValuesByCurrency.Count > 0)
            return client.ValuesByCurrency;
        return client.Value is { } value ? [new CurrencyAmount(client.Currency, value)] : [];
    }

    private static decimal Cents(decimal amount) => ScoreMath.Round(amount, 2);
}

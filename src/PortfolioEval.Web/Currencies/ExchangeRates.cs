using Microsoft.EntityFrameworkCore;
using PortfolioEval.Currencies;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Currencies;

/// <summary>The rates table: what scoring converts with, and what the admin adds to it.</summary>
public sealed class ExchangeRates(PortfolioDbContext db)
{
    /// <summary>Every rate, for scoring (a few hundred rows at most: one a currency a day the admin adds one).</summary>
    public async Task<RateTable> TableAsync(CancellationToken cancellation) =>
        new((await db.ExchangeRates.AsNoTracking().ToListAsync(cancellation)).Select(r => r.AsUsed()));

    /// <summary>Every rate, most recent first, then by currency.</summary>
    public async Task<IReadOnlyList<ExchangeRate>> ListAsync(CancellationToken cancellation) =>
        [.. (await db.ExchangeRates.AsNoTracking().ToListAsync(cancellation))
            .OrderByDescending(r => r.On).ThenBy(r => r.Currency, StringComparer.Ordinal)];

    /// <summary>Adds a rate; one for the same currency and day is replaced (a correction). Saved here.</summary>
    public async Task AddAsync(string currency, decimal unitsPerUsd, DateOnly on, string source, CancellationToken cancellation)
    {
        var rate = new ExchangeRate(Guid.NewGuid(), currency, unitsPerUsd, on, source);
        if (await db.ExchangeRates.SingleOrDefaultAsync(r => r.Currency == rate.Currency && r.On == on, cancellation) is { } same)
        {
            db.ExchangeRates.Remove(same);
            await db.SaveChangesAsync(cancellation);
        }
        db.ExchangeRates.Add(rate);
        await db.SaveChangesAsync(cancellation);
    }
}

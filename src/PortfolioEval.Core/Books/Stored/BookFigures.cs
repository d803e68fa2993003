namespace PortfolioEval.Books;

/// <summary>How many imported clients have a value in a field: what the import understood, without any value.</summary>
public sealed record FieldCoverage(BookField Field, int Clients)
{
    private static readonly (BookField Field, Func<ImportedClient, bool> Has)[] Checks =
    [
        (BookField.ContactPerson, c => c.ContactPerson is not null),
        (BookField.Email, c => c.Email is not null),
        (BookField.Phone, c => c.Phone is not null),
        (BookField.TaxId, c => c.TaxId is not null),
        (BookField.Address, c => c.Address is not null),
        (BookField.Sector, c => c.Sector is not null),
        (BookField.LastContactDate, c => c.LastContact is not null),
        (BookField.ContactType, c => c.ContactType is not null),
        (BookField.DealValue, c => c.ValuesByCurrency.Count > 0),
        (BookField.Product, c => c.Product is not null),
        (BookField.LastUpdateDate, c => c.LastUpdate is not null),
        (BookField.OutstandingBalance, c => c.OutstandingBalance is not null),
        (BookField.DaysOverdue, c => c.DaysOverdue is not null),
        (BookField.City, c => c.City is not null),
        (BookField.Country, c => c.Country is not null),
    ];

    public static IEnumerable<FieldCoverage> Of(IReadOnlyList<ImportedClient> clients) =>
        Checks.Select(check => new FieldCoverage(check.Field, clients.Count(check.Has)));
}

/// <summary>The book's deal value in one currency. Currencies are never added together.</summary>
/// <param name="Currency">ISO 4217 code, or null when the book does not say ($ alone, or no currency at all).</param>
public sealed record CurrencyTotal(string? Currency, decimal Amount, int Clients)
{
    public static IEnumerable<CurrencyTotal> Of(IReadOnlyList<ImportedClient> clients) =>
        clients.SelectMany(c => c.ValuesByCurrency)
            .GroupBy(v => v.Currency)
            .Select(g => new CurrencyTotal(g.Key, g.Sum(v => v.Amount), g.Count()))
            .OrderByDescending(t => t.Amount);
}

public sealed record ReasonCount(RejectionReason Reason, int Rows);

namespace PortfolioEval.Books;

/// <summary>
/// Merges the rows of one client (same <see cref="ClientKey"/>): last contact and last update are the latest, values
/// add up per currency, days overdue is the worst, purchase count is the column's sum or else the number of rows.
/// Descriptive fields keep the first non-empty value, except contact type and product, which follow the latest contact.
/// </summary>
internal sealed class ClientAggregator(bool hasPurchaseCountColumn)
{
    private readonly Dictionary<string, Accumulator> clients = new(StringComparer.Ordinal);
    private readonly List<Accumulator> order = [];

    /// <summary>Adds a row; true when it merged into a client already seen.</summary>
    public bool Add(ParsedRow row)
    {
        if (clients.TryGetValue(row.Key, out var existing))
        {
            existing.Merge(row);
            return true;
        }

        var created = new Accumulator(row);
        created.Merge(row);
        clients.Add(row.Key, created);
        order.Add(created);
        return false;
    }

    public IReadOnlyList<ImportedClient> Clients() => order.Select(a => a.ToClient(hasPurchaseCountColumn)).ToList();

    private sealed class Accumulator(ParsedRow first)
    {
        // Mixed currencies are kept apart, never summed: adding soles to dollars would invent a number. A total per
        // currency keeps every row's value for the scoring to convert, where rejecting rows would lose their contacts.
        private readonly Dictionary<string, decimal> totals = new(StringComparer.Ordinal);
        private ParsedRow merged = first with { Value = null, Currency = null, OutstandingBalance = null, DaysOverdue = null, ContactType = null, Product = null };
        private int rows;
        private int purchases;

        public void Merge(ParsedRow row)
        {
            rows++;
            purchases += row.PurchaseCount ?? 0;
            if (row.Value is { } value)
                totals[row.Currency ?? ""] = totals.GetValueOrDefault(row.Currency ?? "") + value;
            var latest = row.LastContact is { } c && (merged.LastContact is not { } m || c >= m);
            merged = merged with
            {
                ContactPerson = merged.ContactPerson ?? row.ContactPerson,
                Email = merged.Email ?? row.Email,
                Phone = merged.Phone ?? row.Phone,
                TaxId = merged.TaxId ?? row.TaxId,
                Address = merged.Address ?? row.Address,
                Sector = merged.Sector ?? row.Sector,
                City = merged.City ?? row.City,
                Country = merged.Country ?? row.Country,
                ContactType = latest ? row.ContactType ?? merged.ContactType : merged.ContactType ?? row.ContactType,
                Product = latest ? row.Product ?? merged.Product : merged.Product ?? row.Product,
                LastContact = Max(merged.LastContact, row.LastContact),
                LastUpdate = Max(merged.LastUpdate, row.LastUpdate),
                OutstandingBalance = row.OutstandingBalance is { } b ? (merged.OutstandingBalance ?? 0) + b : merged.OutstandingBalance,
                DaysOverdue = row.DaysOverdue is { } d && d > (merged.DaysOverdue ?? -1) ? d : merged.DaysOverdue,
            };
        }

        public ImportedClient ToClient(bool hasPurchaseCountColumn)
        {
            var byCurrency = totals.Select(t => new CurrencyAmount(t.Key.Length == 0 ? null : t.Key, t.Value)).ToList();
            var single = byCurrency.Count == 1 ? byCurrency[0] : null;
            return new ImportedClient
            {
                NormalisedKey = merged.Key,
                ClientName = merged.ClientName,
                ContactPerson = merged.ContactPerson,
                Email = merged.Email,
                Phone = merged.Phone,
                TaxId = merged.TaxId,
                Address = merged.Address,
                Sector = merged.Sector,
                ContactType = merged.ContactType,
                Product = merged.Product,
                City = merged.City,
                Country = merged.Country,
                LastContact = merged.LastContact,
                LastUpdate = merged.LastUpdate,
                Value = single?.Amount,
                Currency = single?.Currency,
                ValuesByCurrency = byCurrency,
                OutstandingBalance = merged.OutstandingBalance,
                DaysOverdue = merged.DaysOverdue,
                PurchaseCount = hasPurchaseCountColumn ? purchases : rows,
                RowCount = rows,
            };
        }

        private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }
}

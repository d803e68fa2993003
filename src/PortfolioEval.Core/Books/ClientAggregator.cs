namespace PortfolioEval.Books;

/// <summary>
/// Merges the rows of one client (same <see cref="ClientKey"/>): last contact and last update are the latest, values
/// add up per currency, days overdue is the worst, purchase count is the column's sum or else the number of rows; the
/// first contact and the number of distinct contact dates are kept for the purchase-history model.
/// Descriptive fields (and the origin) keep the first non-empty value, except contact type and product, which follow the latest contact.
/// A client whose valued rows do not all fall on its last contact date keeps its sales by day (<see cref="DatedSales"/>),
/// from the day after <paramref name="keepSalesAfter"/> on, so revenue windows count each sale at its own date.
/// </summary>
internal sealed class ClientAggregator(bool hasPurchaseCountColumn, DateOnly? keepSalesAfter = null)
{
    private readonly Dictionary<string, Accumulator> clients = new(StringComparer.Ordinal);
    private readonly List<Accumulator?> order = [];

    // Sectors, cities, products and currencies repeat across clients: one string each, not one per client.
    private readonly StringPool words = new();

    public int Count => order.Count;

    /// <summary>Adds a row; true when it merged into a client already seen.</summary>
    public bool Add(ParsedRow row)
    {
        if (clients.TryGetValue(row.Key, out var existing))
        {
            existing.Merge(row);
            return true;
        }

        var created = new Accumulator(row with
        {
            Sector = words.Intern(row.Sector),
            City = words.Intern(row.City),
            Country = words.Intern(row.Country),
        });
        created.Merge(row);
        clients.Add(row.Key, created);
        order.Add(created);
        return false;
    }

    /// <summary>
    /// The clients in the order first seen, each made as it is asked for and its merged rows released after: a
    /// caller that pseudonymises client by client never holds the book's clients twice. Once only.
    /// </summary>
    public IEnumerable<ImportedClient> Drain()
    {
        clients.Clear();
        for (var i = 0; i < order.Count; i++)
        {
            var accumulator = order[i] ?? throw new InvalidOperationException("The clients were already taken.");
            order[i] = null;
            yield return accumulator.ToClient(hasPurchaseCountColumn, keepSalesAfter, words);
        }
    }

    private sealed class Accumulator(ParsedRow first)
    {
        // Mixed currencies are kept apart, never summed: adding soles to dollars would invent a number. A total per
        // currency keeps every row's value for the scoring to convert, where rejecting rows would lose their contacts.
        // In the order the currencies first appear ("" when the book does not say). Most clients have one currency,
        // held in two fields: a dictionary per client would cost a million-client book 200 MB.
        private string? firstCurrency;
        private decimal firstTotal;
        private List<(string Currency, decimal Total)>? otherTotals;
        private ParsedRow merged = first with { Value = null, Currency = null, OutstandingBalance = null, DaysOverdue = null, ContactType = null, Product = null };
        private int rows;
        private int purchases;
        private DateOnly? firstContact;

        // The distinct contact dates: one date held in place; a set only for a client seen on two days or more.
        private DateOnly? onlyDay;
        private HashSet<int>? days;

        // The valued rows' dates. The first one's day alone (0: undated), its amount being the totals while it is the
        // only one; a list of sales only from a second valued row on, so a client of one row costs no list.
        private int valuedRows;
        private int firstSaleDay;
        private bool undatedSale;
        private List<DatedSale>? sales;

        public void Merge(ParsedRow row)
        {
            rows++;
            purchases += row.PurchaseCount;
            if (row.Value is { } value)
            {
                AddSale(row.LastContact, row.Currency ?? "", value);
                AddValue(row.Currency ?? "", value);
            }
            if (row.LastContact is { } date)
                AddDay(date);
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
                Origin = merged.Origin != ClientOrigin.Unknown ? merged.Origin : row.Origin,
            };
        }

        public ImportedClient ToClient(bool hasPurchaseCountColumn, DateOnly? keepSalesAfter, StringPool words)
        {
            var byCurrency = Totals().Select(t => new CurrencyAmount(t.Currency.Length == 0 ? null : words.Intern(t.Currency), t.Total)).ToList();
            var single = byCurrency.Count == 1 ? byCurrency[0] : null;
            // The merged facts as they are (dates, balance, days overdue...), then what the merge itself decides.
            return new ImportedClient(merged)
            {
                NormalisedKey = merged.Key,
                ClientName = merged.ClientName,
                ContactPerson = merged.ContactPerson,
                Email = merged.Email,
                Phone = merged.Phone,
                TaxId = merged.TaxId,
                Address = merged.Address,
                Sector = words.Intern(merged.Sector),
                ContactType = words.Intern(merged.ContactType),
                Product = words.Intern(merged.Product),
                City = words.Intern(merged.City),
                Country = words.Intern(merged.Country),
                FirstContact = firstContact,
                ContactDays = days?.Count ?? (onlyDay is null ? 0 : 1),
                Value = single?.Amount,
                Currency = single?.Currency,
                ValuesByCurrency = byCurrency,
                PurchaseCount = hasPurchaseCountColumn ? purchases : rows,
                RowCount = rows,
                DatedSales = DatedSalesOrNull(keepSalesAfter, words),
            };
        }

        private void AddSale(DateOnly? date, string currency, decimal value)
        {
            if (valuedRows++ == 0)
            {
                (firstSaleDay, undatedSale) = (date?.DayNumber ?? 0, date is null);
                return;
            }

            if (sales is null)
            {
                // The totals hold the first valued row alone: it becomes the first sale.
                sales = [];
                if (firstSaleDay != 0)
                    sales.Add(new DatedSale(DateOnly.FromDayNumber(firstSaleDay), firstCurrency, firstTotal));
            }

            if (date is not { } day)
                undatedSale = true;
            else if (sales.Count > 0 && sales[^1].Day == day && string.Equals(sales[^1].Currency, currency, StringComparison.Ordinal))
                sales[^1] = sales[^1] with { Amount = sales[^1].Amount + value };
            else
                sales.Add(new DatedSale(day, currency, value));
        }

        // Null when placing the value at the last contact says the same: every valued row is dated on that day, or
        // the client has no date at all (then neither counts it in any window).
        private DatedSales? DatedSalesOrNull(DateOnly? keepSalesAfter, StringPool words)
        {
            if (valuedRows == 0 || merged.LastContact is not { } lastContact)
                return null;
            var last = lastContact.DayNumber;
            if (!undatedSale && (sales is null ? firstSaleDay == last : sales.TrueForAll(s => s.Day.DayNumber == last)))
                return null;
            var dated = sales ?? (firstSaleDay == 0 ? [] : [new DatedSale(DateOnly.FromDayNumber(firstSaleDay), firstCurrency, firstTotal)]);
            return DatedSales.Of(dated
                .Where(s => keepSalesAfter is not { } after || s.Day > after)
                .Select(s => s with { Currency = string.IsNullOrEmpty(s.Currency) ? null : words.Intern(s.Currency) }));
        }

        private void AddDay(DateOnly date)
        {
            firstContact = firstContact is { } f && f <= date ? f : date;
            if (days is not null)
                days.Add(date.DayNumber);
            else if (onlyDay is null)
                onlyDay = date;
            else if (onlyDay != date)
                days = [onlyDay.Value.DayNumber, date.DayNumber];
        }

        private void AddValue(string currency, decimal value)
        {
            if (firstCurrency is null || string.Equals(firstCurrency, currency, StringComparison.Ordinal))
            {
                (firstCurrency, firstTotal) = (currency, firstTotal + value);
                return;
            }

            otherTotals ??= [];
            var at = otherTotals.FindIndex(t => string.Equals(t.Currency, currency, StringComparison.Ordinal));
            if (at < 0)
                otherTotals.Add((currency, value));
            else
                otherTotals[at] = (currency, otherTotals[at].Total + value);
        }

        private IEnumerable<(string Currency, decimal Total)> Totals()
        {
            if (firstCurrency is null)
                yield break;
            yield return (firstCurrency, firstTotal);
            foreach (var other in otherTotals ?? [])
                yield return other;
        }

        private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }
}

namespace PortfolioEval.Books;

internal sealed partial class ClientAggregator
{
    /// <summary>
    /// One client's merged rows, as a value: texts as numbers into <see cref="PackedTexts"/>, repeated words as shared
    /// strings, dates as day numbers plus one (0: none). A client of one row holds no object of its own; lists and sets
    /// appear only for a client seen on two days or more, or in two currencies.
    /// </summary>
    private struct Client
    {
        public int Hash, Next;
        public ulong Key, Name;
        private ulong contactPerson, email, phone, taxId, address;
        private string? sector, city, country, contactType, product;
        private int lastContact, lastUpdate, firstContact;
        private decimal balance;
        private int daysOverdue;
        private bool hasBalance, hasDaysOverdue;
        private ClientOrigin origin;
        private int rows;
        private int purchases;

        // Mixed currencies are kept apart, never summed: adding soles to dollars would invent a number. A total per
        // currency keeps every row's value for the scoring to convert, where rejecting rows would lose their contacts.
        // In the order the currencies first appear ("" when the book does not say). Most clients have one currency,
        // held in two fields: a dictionary per client would cost a million-client book 200 MB.
        private string? firstCurrency;
        private decimal firstTotal;
        private List<(string Currency, decimal Total)>? otherTotals;

        // The distinct contact dates: one date held in place; a set only for a client seen on two days or more.
        private int onlyDay;
        private HashSet<int>? days;

        // The valued rows' dates. The first one's day alone (0: undated), its amount being the totals while it is the
        // only one; a list of sales only from a second valued row on, so a client of one row costs no list.
        private int valuedRows;
        private int firstSaleDay;
        private bool undatedSale;
        private List<DatedSale>? sales;

        public void Merge(ParsedRow row, int index, PackedTexts texts, StringPool words)
        {
            rows++;
            purchases += row.PurchaseCount;
            if (row.Value is { } value)
            {
                var currency = words.Intern(row.Currency) ?? "";
                AddSale(row.LastContact, currency, value);
                AddValue(currency, value);
            }
            if (row.LastContact is { } date)
                AddDay(date);

            // Descriptive fields keep the first non-empty value; contact type and product follow the latest contact.
            var latest = row.LastContact is { } c && (lastContact == 0 || c.DayNumber + 1 >= lastContact);
            contactPerson = First(contactPerson, row.ContactPerson, index, texts);
            email = First(email, row.Email, index, texts);
            phone = First(phone, row.Phone, index, texts);
            taxId = First(taxId, row.TaxId, index, texts);
            address = First(address, row.Address, index, texts);
            sector ??= words.Intern(row.Sector);
            city ??= words.Intern(row.City);
            country ??= words.Intern(row.Country);
            contactType = latest ? words.Intern(row.ContactType) ?? contactType : contactType ?? words.Intern(row.ContactType);
            product = latest ? words.Intern(row.Product) ?? product : product ?? words.Intern(row.Product);
            lastContact = Math.Max(lastContact, Day(row.LastContact));
            lastUpdate = Math.Max(lastUpdate, Day(row.LastUpdate));
            if (row.OutstandingBalance is { } b)
                (balance, hasBalance) = ((hasBalance ? balance : 0) + b, true);
            if (row.DaysOverdue is { } d && d > (hasDaysOverdue ? daysOverdue : -1))
                (daysOverdue, hasDaysOverdue) = (d, true);
            if (origin == ClientOrigin.Unknown)
                origin = row.Origin;
        }

        public readonly ImportedClient ToClient(bool hasPurchaseCountColumn, DateOnly? keepSalesAfter, PackedTexts texts, StringPool words)
        {
            var byCurrency = new List<CurrencyAmount>();
            if (firstCurrency is not null)
            {
                byCurrency.Add(Amount(firstCurrency, firstTotal, words));
                foreach (var (currency, total) in otherTotals ?? [])
                    byCurrency.Add(Amount(currency, total, words));
            }

            var single = byCurrency.Count == 1 ? byCurrency[0] : null;
            return new ImportedClient
            {
                NormalisedKey = texts.Text(Key)!,
                ClientName = texts.Text(Name)!,
                ContactPerson = texts.Text(contactPerson),
                Email = texts.Text(email),
                Phone = texts.Text(phone),
                TaxId = texts.Text(taxId),
                Address = texts.Text(address),
                Sector = sector,
                ContactType = contactType,
                Product = product,
                City = city,
                Country = country,
                LastContact = DateOf(lastContact),
                LastUpdate = DateOf(lastUpdate),
                OutstandingBalance = hasBalance ? balance : null,
                DaysOverdue = hasDaysOverdue ? daysOverdue : null,
                Origin = origin,
                FirstContact = DateOf(firstContact),
                ContactDays = days?.Count ?? (onlyDay == 0 ? 0 : 1),
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
        private readonly DatedSales? DatedSalesOrNull(DateOnly? keepSalesAfter, StringPool words)
        {
            if (valuedRows == 0 || lastContact == 0)
                return null;
            var last = lastContact - 1;
            if (!undatedSale && (sales is null ? firstSaleDay == last : sales.TrueForAll(s => s.Day.DayNumber == last)))
                return null;
            var dated = sales ?? (firstSaleDay == 0 ? [] : [new DatedSale(DateOnly.FromDayNumber(firstSaleDay), firstCurrency, firstTotal)]);
            return DatedSales.Of(dated
                .Where(s => keepSalesAfter is not { } after || s.Day > after)
                .Select(s => s with { Currency = string.IsNullOrEmpty(s.Currency) ? null : words.Intern(s.Currency) }));
        }

        private void AddDay(DateOnly date)
        {
            firstContact = firstContact != 0 && firstContact <= date.DayNumber + 1 ? firstContact : date.DayNumber + 1;
            if (days is not null)
                days.Add(date.DayNumber);
            else if (onlyDay == 0)
                onlyDay = date.DayNumber + 1;
            else if (onlyDay != date.DayNumber + 1)
                days = [onlyDay - 1, date.DayNumber];
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

        private static ulong First(ulong kept, string? text, int index, PackedTexts texts) => kept != 0 ? kept : texts.Add(text, index);

        private static CurrencyAmount Amount(string currency, decimal total, StringPool words) =>
            new(currency.Length == 0 ? null : words.Intern(currency), total);

        private static int Day(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

        private static DateOnly? DateOf(int day) => day == 0 ? null : DateOnly.FromDayNumber(day - 1);
    }
}

namespace PortfolioEval.Books;

/// <summary>
/// Turns one data row into typed values, or records every problem it has. A problem in the client, the last-contact
/// date or the deal value rejects the row; one in any other field leaves that field empty and is listed as a warning
/// (<see cref="RowRejection.Kept"/>), so a bad email or a future "last modified" does not lose the client. Nothing is
/// dropped silently: every warning names row, column and reason. Given a <see cref="ColumnSettling"/>, it hands it
/// what each date and amount it parses says about its column's order and decimal mark.
/// </summary>
internal sealed class RowInterpreter(IReadOnlyList<ColumnPlan> plans, DateOnly asOf, LineDefaults? defaults = null, ColumnSettling? settling = null)
{
    private readonly LineDefaults defaults = defaults ?? LineDefaults.None;

    private static readonly HashSet<string> TotalsLabels = new(StringComparer.Ordinal)
    {
        "total", "totales", "total general", "subtotal", "sub total", "suma", "grand total", "totals", "sum",
    };

    // Transactional books repeat each client's name on many rows: fold each distinct spelling once.
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    // A book names a handful of countries on every row: each distinct spelling looked up once.
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);

    // The row's text values by field, cleared for each row: one array for the whole book, not a dictionary a row.
    private readonly string?[] values = new string?[Enum.GetValues<BookField>().Max(f => (int)f) + 1];

    private readonly string clientHeader = plans.First(p => p.Field == BookField.Client).Header;

    /// <summary>The parsed row, or null when the row has problems (added to <paramref name="problems"/>).</summary>
    public ParsedRow? Interpret(SheetRow row, List<RowRejection> problems)
    {
        var before = problems.Count;
        Array.Clear(values);
        DateOnly? lastContact = null, lastUpdate = null;
        decimal? value = null, balance = null;
        int? daysOverdue = null, purchases = null;
        string? currency = null, amountCurrency = null;
        ColumnPlan? valueColumn = null;
        var line = new SalesLine();
        var dollarSign = false;
        SalesStage? stage = null;
        var origin = defaults.BulkOrigin;

        foreach (var plan in plans)
        {
            var cell = row[plan.Index];
            void Reject(RejectionReason reason) => problems.Add(new RowRejection(row.Number, plan.Header, plan.Field, reason, plan.ValuesIdentify ? null : CellText.Of(cell))
            {
                Kept = !RowRejection.Essential(plan.Field),
            });
            switch (plan.Field)
            {
                case BookField.LastContactDate or BookField.LastUpdateDate:
                    var date = DateCellParser.Parse(cell, plan.DateOrder, asOf);
                    settling?.AddDate(plan, date.Evidence);
                    if (date.Error is { } dateError)
                        Reject(dateError);
                    else if (plan.Field == BookField.LastContactDate)
                        lastContact = date.Date;
                    else
                        lastUpdate = date.Date;
                    break;
                case BookField.DealValue or BookField.OutstandingBalance:
                    var amount = AmountParser.Parse(cell, plan.Separator);
                    settling?.AddAmount(plan, amount.Evidence, cell);
                    if (amount.Error is { } amountError)
                        Reject(amountError);
                    else if (plan.Field == BookField.DealValue)
                        (value, amountCurrency, valueColumn, dollarSign) = (amount.Value, amount.Currency, plan, amount.IsDollarSign);
                    else
                        balance = amount.Value;
                    break;
                case BookField.Quantity or BookField.UnitPrice or BookField.Discount:
                    var lineError = line.Read(plan, cell, out var lineEvidence);
                    settling?.AddAmount(plan, lineEvidence, cell);
                    if (lineError is not null)
                        Reject(lineError.Value);
                    break;
                case BookField.Stage when !CellText.IsEmpty(cell):
                    if (SalesStages.TryRecognise(CellText.Of(cell), out var read))
                        stage = read;
                    else
                        Reject(RejectionReason.UnknownStage);
                    break;
                case BookField.Origin when !CellText.IsEmpty(cell):
                    if (!ClientOrigins.TryRecognise(CellText.Of(cell), out origin))
                        Reject(RejectionReason.UnknownOrigin);
                    break;
                case BookField.Country when !CellText.IsEmpty(cell):
                    values[(int)BookField.Country] = CountryOf(CellText.Of(cell).Trim());
                    break;
                case BookField.DaysOverdue or BookField.PurchaseCount:
                    var count = Count(cell, plan.Separator, out var countError, out var countEvidence);
                    settling?.AddAmount(plan, countEvidence, cell);
                    if (countError is { } error)
                        Reject(error);
                    else if (plan.Field == BookField.DaysOverdue)
                        daysOverdue = count;
                    else
                        purchases = count;
                    break;
                case BookField.Currency when !CellText.IsEmpty(cell):
                    if (!CurrencyCodes.TryRecognise(CellText.Of(cell), out currency))
                        Reject(RejectionReason.UnknownCurrency);
                    else if (currency is null)
                        dollarSign = true; // the column itself says only "$"
                    break;
                case BookField.Email when !CellText.IsEmpty(cell):
                    if (EmailCheck.TryFirst(CellText.Of(cell), out var email))
                        values[(int)BookField.Email] = email;
                    else
                        Reject(RejectionReason.InvalidEmail);
                    break;
                case BookField.Notes:
                    break; // read, never kept: data minimisation
                default:
                    if (!CellText.IsEmpty(cell))
                        values[(int)plan.Field] = CellText.Of(cell);
                    break;
            }
        }

        var name = values[(int)BookField.Client];
        var key = name is null ? "" : KeyOf(name);
        if (key.Length == 0)
            problems.Add(new RowRejection(row.Number, clientHeader, BookField.Client, RejectionReason.MissingClient, null));
        else if (TotalsLabels.Contains(key))
            problems.Add(new RowRejection(row.Number, clientHeader, BookField.Client, RejectionReason.TotalsRow, null));
        if (currency is not null && amountCurrency is not null && currency != amountCurrency)
            problems.Add(new RowRejection(row.Number, valueColumn!.Header, BookField.DealValue, RejectionReason.CurrencyConflict,
                valueColumn.ValuesIdentify ? null : CellText.Of(row[valueColumn.Index])));
        if (problems.Skip(before).Any(p => !p.Kept))
        {
            // The row is rejected: its warnings are rejections too, since none of its fields was imported.
            for (var i = before; i < problems.Count; i++)
                problems[i] = problems[i] with { Kept = false };
            return null;
        }

        // A line total wins; without one, quantity × unit price less discount is the line's value.
        if (value is null && line.Value is { } lineValue)
            (value, amountCurrency, dollarSign) = (lineValue, line.Currency, line.DollarSign);

        return new ParsedRow(key, name!)
        {
            SheetRowNumber = row.Number,
            ContactPerson = values[(int)BookField.ContactPerson],
            Email = values[(int)BookField.Email],
            Phone = values[(int)BookField.Phone],
            TaxId = values[(int)BookField.TaxId],
            Address = values[(int)BookField.Address],
            Sector = values[(int)BookField.Sector],
            ContactType = values[(int)BookField.ContactType],
            Product = values[(int)BookField.Product],
            City = values[(int)BookField.City],
            Country = values[(int)BookField.Country],
            LastContact = lastContact,
            LastUpdate = lastUpdate,
            Value = value,
            Currency = value is null ? null : currency ?? amountCurrency ?? (dollarSign ? defaults.DollarSignCurrency ?? CurrencyCodes.DollarSign : defaults.BookCurrency),
            OutstandingBalance = balance,
            DaysOverdue = daysOverdue,
            PurchaseCount = purchases ?? 0,
            RowCount = 1,
            Stage = stage,
            Origin = origin,
        };
    }

    private string KeyOf(string name)
    {
        if (!keys.TryGetValue(name, out var key))
        {
            key = ClientKey.Normalise(name);
            if (keys.Count < 100_000)
                keys[name] = key;
        }

        return key;
    }

    private string CountryOf(string country)
    {
        if (!countries.TryGetValue(country, out var code))
        {
            code = Countries.CodeOf(country) ?? country;
            if (countries.Count < 10_000)
                countries[country] = code;
        }

        return code;
    }

    // Counts are whole and not negative; they are read like amounts so "1.200" follows the column's separator.
    private static int? Count(object? cell, DecimalSeparator separator, out RejectionReason? error, out DecimalSeparator evidence)
    {
        var amount = AmountParser.Parse(cell, separator);
        (error, evidence) = (amount.Error, amount.Evidence);
        if (amount.Value is not { } v)
            return null;
        error = v != decimal.Truncate(v) ? RejectionReason.NotAWholeNumber
            : v < 0 ? RejectionReason.NegativeValue
            : v > int.MaxValue ? RejectionReason.NonNumericValue
            : null;
        return error is null ? (int)v : null;
    }
}

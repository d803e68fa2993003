using Microsoft.Extensions.Localization;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>
/// The reader's closed lists in the person's language. Switch expressions, so a new enum value without a text
/// does not compile.
/// </summary>
public sealed class BookTexts(IStringLocalizer<SharedResource> l)
{
    public string Field(BookField field) => field switch
    {
        BookField.Ignore => l["(ignore this column)"],
        BookField.Client => l["Client"],
        BookField.ContactPerson => l["Contact person"],
        BookField.Email => l["Email"],
        BookField.Phone => l["Phone"],
        BookField.TaxId => l["Tax id"],
        BookField.Address => l["Address"],
        BookField.Sector => l["Sector"],
        BookField.LastContactDate => l["Last contact date"],
        BookField.ContactType => l["Contact type"],
        BookField.DealValue => l["Deal value"],
        BookField.Currency => l["Currency"],
        BookField.Product => l["Product or service"],
        BookField.LastUpdateDate => l["Last update date"],
        BookField.OutstandingBalance => l["Outstanding balance"],
        BookField.DaysOverdue => l["Days overdue"],
        BookField.PurchaseCount => l["Number of purchases"],
        BookField.City => l["City"],
        BookField.Country => l["Country"],
        BookField.Notes => l["Notes (read, not kept)"],
        BookField.Quantity => l["Quantity"],
        BookField.UnitPrice => l["Unit price"],
        BookField.Discount => l["Discount"],
        BookField.Stage => l["Stage (won, open, lost)"],
        BookField.Origin => l["Origin (won, inherited, assigned)"],
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public string Error(BookError error) => error switch
    {
        BookError.UnknownFormat => l["This file is not a spreadsheet we can read. Upload an Excel workbook (.xlsx or .xls) or a CSV/text file."],
        BookError.Corrupt => l["The file is damaged and cannot be read. Open it in Excel or LibreOffice, save it again and upload the new copy."],
        BookError.Truncated => l["The file is incomplete (it may have been cut off while copying or downloading). Upload it again."],
        BookError.PasswordProtected => l["The workbook is protected with a password. Enter the password to read it."],
        BookError.Empty => l["The file is empty."],
        BookError.HeaderOnly => l["The file has a header row but no data rows below it."],
        BookError.NoRecognisableColumn => l["No column could be recognised and no data rows were found. Check that the first sheet holds your client list with a header row."],
        BookError.ZipBomb => l["The file expands to far more data than a client book holds, so it was refused for safety."],
        BookError.TooManyColumns => l["The sheet has more columns with data than a client book can have."],
        BookError.TooManyRows => l["The sheet has more rows than the limit of this portal."],
        BookError.CellTooLarge => l["A cell holds more text than Excel allows (32,767 characters)."],
        BookError.SheetNotFound => l["That sheet does not exist in the workbook."],
        BookError.NotAClientBook => l["This file does not look like a client book. A client book needs a column naming each client (customer, company or account) and at least one column with dates (last contact, order, invoice) or amounts (sale value, balance). Add them, or upload the export of your client list from your CRM or ERP."],
        _ => throw new ArgumentOutOfRangeException(nameof(error)),
    };

    /// <summary>Why the file was refused, with the row and column where the reading stopped when the refusal is about one.</summary>
    public string Error(BookError error, int? row, int? column)
    {
        if (error == BookError.TooManyColumns && row is { } line && column > BookLimits.MaxFieldsPerRow)
            return l["Row {0} has more than {1} columns, Excel's maximum, even if most are empty: the file was not saved by a spreadsheet as it is. Open it in Excel or LibreOffice, save it again and upload the new copy.",
                line, BookLimits.MaxFieldsPerRow.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)];
        return (row, column) switch
        {
            ({ } r, { } c) => l["Row {0}, column {1}: {2}", r, ColumnLetters.Of(c - 1), Error(error)],
            ({ } r, null) => l["Row {0}: {1}", r, Error(error)],
            _ => Error(error),
        };
    }

    public string TooLarge(int maxUploadMegabytes) => l["The file is larger than the {0} MB limit.", maxUploadMegabytes];

    public string Reason(RejectionReason reason) => reason switch
    {
        RejectionReason.MissingClient => l["The client is missing."],
        RejectionReason.ImpossibleDate => l["This date does not exist."],
        RejectionReason.FutureDate => l["The date is in the future."],
        RejectionReason.UnreadableDate => l["Not a date we can read."],
        RejectionReason.DateOrderConflict => l["The date only makes sense in the other day/month order than the rest of its column."],
        RejectionReason.NonNumericValue => l["Not a number (shorthands such as 10k are not read)."],
        RejectionReason.AmbiguousAmount => l["The separators of this amount contradict the rest of its column."],
        RejectionReason.NotAWholeNumber => l["A count must be a whole number."],
        RejectionReason.NegativeValue => l["A count cannot be negative."],
        RejectionReason.UnknownCurrency => l["Unknown currency."],
        RejectionReason.CurrencyConflict => l["The amount's currency symbol differs from the currency column."],
        RejectionReason.InvalidEmail => l["Not a valid email address."],
        RejectionReason.TotalsRow => l["A totals row, not a client."],
        RejectionReason.UnknownStage => l["Not a stage we can read (won, open or lost)."],
        RejectionReason.UnknownOrigin => l["Not an origin we can read (won, inherited or assigned)."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public string Origin(ClientOrigin origin) => origin switch
    {
        ClientOrigin.Won => l["Won by me"],
        ClientOrigin.Inherited => l["Inherited"],
        ClientOrigin.Assigned => l["Assigned by the employer"],
        _ => l["The book does not say"],
    };

    public string Suggestion(SuggestionReason reason) => reason switch
    {
        SuggestionReason.None => l["Not recognised: choose what it holds."],
        SuggestionReason.HeaderSynonym => l["Recognised by its header."],
        SuggestionReason.HeaderContainsSynonym => l["Recognised by a word in its header."],
        SuggestionReason.ValuesLookLikeEmails => l["Its values look like email addresses."],
        SuggestionReason.ValuesLookLikeDates => l["Its values look like dates."],
        SuggestionReason.ValuesLookLikeAmounts => l["Its values look like amounts."],
        SuggestionReason.FieldTakenByAnotherColumn => l["Another column matched this field better."],
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public string MostRowsRejected(int rejected, int rows) =>
        l["With these columns, {0} of the first {1} rows would be rejected. Check what each column holds; if it is right, tick “Import anyway” and confirm again.", rejected, rows];

    public string ColumnFailsOften(int failures, int rows) =>
        l["This column cannot be read in {0} of the first {1} rows: check that it holds what you chose.", failures, rows];

    /// <summary>One reason for or against a column's proposal, in plain words.</summary>
    public string Evidence(ProposalEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var field = evidence.Field == BookField.Ignore ? "" : Field(evidence.Field);
        return evidence.Kind switch
        {
            EvidenceKind.HeaderIsName => l["Its header “{0}” is a usual name for {1}.", evidence.Words ?? "", field],
            EvidenceKind.HeaderHasWords => l["Its header contains “{0}”, a word for {1}.", evidence.Words ?? "", field],
            EvidenceKind.HeaderReadAs => l["Its header was read as the words “{0}”.", evidence.Words ?? ""],
            EvidenceKind.HeaderNamesSeller => l["Its header names the salesperson or the team (“{0}”), not the client, so nothing is proposed.", evidence.Words ?? ""],
            EvidenceKind.HeaderSaysCodes => l["Its header says it holds codes or numbers, not names."],
            EvidenceKind.ValuesAreNumbers => l["Its values are numbers."],
            EvidenceKind.ValuesAreDates => l["Its values are dates."],
            EvidenceKind.ValuesAreEmails => l["Its values are email addresses."],
            EvidenceKind.ValuesAreAmounts => l["Its values are amounts of money."],
            EvidenceKind.ValuesAreSectors => l["{0}% of its values are sectors we know.", evidence.Percent ?? 0],
            EvidenceKind.ValuesAreNames => l["Its values read as names, not codes."],
            EvidenceKind.ValuesAreCompanies => l["{0}% of its values carry a company's legal form (S.A.C., Inc., Ltda.).", evidence.Percent ?? 0],
            EvidenceKind.ValuesNotNumbers => l["Not {0}: most of its values are not numbers.", field],
            EvidenceKind.ValuesNotDates => l["Not {0}: most of its values are not dates.", field],
            EvidenceKind.ValuesNotSectors => l["Not {0}: only {1}% of its values are sectors we know.", field, evidence.Percent ?? 0],
            EvidenceKind.ValuesNotNames => l["Not {0}: its values are dates or numbers, not names.", field],
            EvidenceKind.ValuesAreCodes => l["Its values look like codes, so a column with names is preferred for {0}.", field],
            EvidenceKind.TakenBy => l["The column “{0}” fits {1} better.", evidence.Words ?? "", field],
            EvidenceKind.CompanyIsTheClient => l["The column “{0}” holds the company, which is the client; the person here is its contact.", evidence.Words ?? ""],
            _ => throw new ArgumentOutOfRangeException(nameof(evidence)),
        };
    }

    public string Problem(MappingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            MappingProblemKind.NoClientColumn => l["Choose the column that holds the client: without it no row can be imported."],
            MappingProblemKind.FieldMappedTwice => l["“{0}” is already chosen for another column.", Field(problem.Field!.Value)],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
    }

    public string Phase(ImportPhase phase) => phase switch
    {
        ImportPhase.Waiting => l["Waiting for its turn…"],
        ImportPhase.Reading => l["Reading the rows…"],
        ImportPhase.Protecting => l["Replacing names with codes and encrypting…"],
        ImportPhase.Scoring => l["Scoring the book…"],
        ImportPhase.Saving => l["Saving…"],
        ImportPhase.Done => l["Done."],
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>The saving phase with its bound: past it, the import is given up as interrupted and can be tried again.</summary>
    public string Saving(TimeSpan left) => l["Saving… If it is not done within {0} minutes, the import is given up as interrupted and you can try again.",
        Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))];

    /// <summary>Why an import failed: the book's own reason, or what went wrong around it.</summary>
    public string Failure(ImportFailure failure, BookError? error) => failure switch
    {
        ImportFailure.Book => error is { } reason ? Error(reason) : l["The book could not be read with these columns."],
        ImportFailure.Interrupted => l["The import was interrupted because the server restarted. Your file is kept: try again."],
        ImportFailure.UploadGone => l["The uploaded file is no longer here (an upload waits one day for its columns to be confirmed). Upload it again."],
        ImportFailure.Unexpected => l["Something went wrong on our side while importing. Your file is kept: try again."],
        _ => throw new ArgumentOutOfRangeException(nameof(failure)),
    };

    public string RowsRead(int read, int expected) => l["{0} of {1} rows read",
        read.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), expected.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)];

    public string Refusal(QueueRefusal refusal, int maxJobs) => refusal switch
    {
        QueueRefusal.CandidateBusy => l["You already have {0} books being imported. Wait until one of them is done, then import this one.", maxJobs],
        QueueRefusal.PortalBusy => l["The portal is importing many books right now. Try again in a few minutes."],
        _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
    };

    public string DateOrder(DateOrder order) => order switch
    {
        PortfolioEval.Books.DateOrder.DayFirst => l["day/month/year"],
        PortfolioEval.Books.DateOrder.MonthFirst => l["month/day/year"],
        PortfolioEval.Books.DateOrder.Ambiguous => l["not settled by the values"],
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };
}

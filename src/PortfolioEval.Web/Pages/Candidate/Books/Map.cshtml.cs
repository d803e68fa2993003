using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>Step two of an import: the candidate confirms what each column holds, seeing how the first rows read.</summary>
public class MapModel(BookImports imports, ImportJobs queue, BookTexts texts, IOptions<ImportOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Sheet { get; set; }
    [BindProperty(SupportsGet = true)] public int? Header { get; set; }
    [BindProperty(SupportsGet = true)] public string Culture { get; set; } = "";
    [BindProperty(SupportsGet = true)] public DateOrder? DateOrder { get; set; }

    /// <summary>Column index → field, as posted by the mapping table.</summary>
    [BindProperty] public Dictionary<int, BookField> Fields { get; set; } = [];

    [BindProperty] public string? Password { get; set; }

    /// <summary>The second confirmation of an import expected to reject more than half its rows.</summary>
    [BindProperty] public bool ConfirmRejections { get; set; }

    /// <summary>What "$" alone means in this book; empty: not stated. Proposed from the locale.</summary>
    [BindProperty] public string? DollarSignCurrency { get; set; }

    /// <summary>The currency of amounts written with no currency; empty: not stated. Proposed from the locale.</summary>
    [BindProperty] public string? BookCurrency { get; set; }

    /// <summary>The origin of clients whose row does not say.</summary>
    [BindProperty] public ClientOrigin BulkOrigin { get; set; }

    public PendingUpload Upload { get; private set; } = null!;
    public string FileName { get; private set; } = "";
    public BookInspection? Inspection { get; private set; }
    public BookError? Error { get; private set; }
    public bool FromSavedMapping { get; private set; }

    /// <summary>The shown mapping applied to the previewed rows: the page warns about columns that fail often.</summary>
    public PreviewCheck? Check { get; private set; }

    /// <summary>The import would reject more than half the rows and was not confirmed twice: the page asks.</summary>
    public bool AskToConfirmRejections { get; private set; }

    /// <summary>
    /// An encrypted workbook without a password, or one the given password did not open (the decryption then fails
    /// like a damaged file: a wrong password cannot be told apart from a damaged package).
    /// </summary>
    public bool NeedsPassword => Error == BookError.PasswordProtected
                                 || (Error == BookError.Corrupt && Upload.EncryptedPassword is not null);
    public DateOnly AsOf => imports.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        if (!await LoadAsync(id, cancellation))
            return NotFound();
        if (Inspection is not null)
        {
            await SuggestFieldsAsync(cancellation);
            Check = CheckPreview();
        }
        DollarSignCurrency = BookCurrencies.DollarSignFor(Culture);
        BookCurrency = BookCurrencies.BookCurrencyFor(Culture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellation)
    {
        if (!await LoadAsync(id, cancellation))
            return NotFound();
        if (Inspection is null)
            return Unprocessable();

        var (mapping, problems) = MappingForm.Validate(Fields, Inspection);
        foreach (var problem in problems)
            ModelState.AddModelError(problem.Column is { } column ? $"Fields[{column}]" : "", texts.Problem(problem));
        if (mapping is null)
            return Unprocessable();
        Check = PreviewCheck.Of(Inspection, mapping, AsOf);
        if (Check.RejectsMostRows && !ConfirmRejections)
        {
            AskToConfirmRejections = true;
            ModelState.AddModelError("", texts.MostRowsRejected(Check.RowsRejected, Check.Rows));
            return Unprocessable();
        }

        // The rows are read in the background; the progress page follows the job to the book's summary.
        var (job, refusal) = await queue.EnqueueAsync(Upload, Choice(), mapping, Inspection.DataRows, cancellation);
        if (refusal is { } busy)
        {
            ModelState.AddModelError("", texts.Refusal(busy, options.Value.MaxJobsPerCandidate));
            return Unprocessable(busy == QueueRefusal.CandidateBusy ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable);
        }
        return RedirectToPage("Progress", new { id = job!.Id });
    }

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, CancellationToken cancellation)
    {
        var upload = await imports.FindUploadAsync(User.Id(), id, cancellation);
        if (upload is null)
            return NotFound();
        if (!string.IsNullOrEmpty(Password))
            await imports.RememberPasswordAsync(upload, Password, cancellation);
        return RedirectToPage(new { id, Culture });
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellation)
    {
        var upload = await imports.FindUploadAsync(User.Id(), id, cancellation);
        // An upload being imported stays until its import ends: the page follows the import instead.
        if (upload is not null && await queue.ActiveForUploadAsync(upload, cancellation) is { } importing)
            return RedirectToPage("Progress", new { id = importing.Id });
        if (upload is not null)
            await imports.DiscardAsync(upload, cancellation);
        return RedirectToPage("Upload");
    }

    public BookField FieldOf(ColumnInfo column) => Fields.GetValueOrDefault(column.Index, column.SuggestedField);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellation)
    {
        var upload = await imports.FindUploadAsync(User.Id(), id, cancellation);
        if (upload is null)
            return false;
        Upload = upload;
        FileName = await imports.FileNameOfAsync(upload, cancellation);
        if (!BookCultures.IsKnown(Culture))
            Culture = BookCultures.DefaultFor(System.Globalization.CultureInfo.CurrentUICulture);
        (Inspection, Error) = await imports.InspectAsync(upload, Choice(), cancellation);
        return true;
    }

    /// <summary>The mapping saved for books with the same headers wins over the reader's suggestion.</summary>
    private async Task SuggestFieldsAsync(CancellationToken cancellation)
    {
        var saved = await imports.SavedMappingAsync(User.Id(), Inspection!.Columns.Select(c => c.Header), cancellation);
        FromSavedMapping = saved is not null;
        Fields = saved is not null
            ? Inspection.Columns.ToDictionary(c => c.Index, c => saved.Fields.GetValueOrDefault(c.Index, BookField.Ignore))
            : Inspection.Columns.ToDictionary(c => c.Index, c => c.SuggestedField);
    }

    // The shown mapping may lack a client (nothing proposed one): then there is nothing to check yet.
    private PreviewCheck? CheckPreview()
    {
        var (mapping, _) = MappingForm.Validate(Fields, Inspection!);
        return mapping is null ? null : PreviewCheck.Of(Inspection!, mapping, AsOf);
    }

    private MappingChoice Choice() => new(Sheet, Header, Culture, DateOrder)
    {
        DollarSignCurrency = BookCurrencies.KnownDollarSign(DollarSignCurrency),
        BookCurrency = BookCurrencies.KnownDeclarable(BookCurrency),
        BulkOrigin = Enum.IsDefined(BulkOrigin) ? BulkOrigin : ClientOrigin.Unknown,
    };

    private PageResult Unprocessable(int status = StatusCodes.Status422UnprocessableEntity)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}

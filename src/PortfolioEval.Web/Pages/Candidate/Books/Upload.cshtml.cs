using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Pages.Candidate.Books;

[UploadSizeLimit]
public class UploadModel(BookImports imports, BookTexts texts, IOptions<ImportOptions> options) : PageModel
{
    [BindProperty]
    public IFormFile? Book { get; set; }

    [BindProperty]
    public string Culture { get; set; } = "";

    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    public void OnGet() => Culture = BookCultures.DefaultFor(CultureInfo.CurrentUICulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!BookCultures.IsKnown(Culture))
            Culture = BookCultures.DefaultFor(CultureInfo.CurrentUICulture);
        if (Book is null)
            return Refuse(StatusCodes.Status400BadRequest, texts.Error(BookError.Empty));
        if (Book.Length > options.Value.MaxUploadBytes)
            return Refuse(StatusCodes.Status413PayloadTooLarge, texts.TooLarge(MaxUploadMegabytes));

        var content = new byte[Book.Length];
        await using (var stream = Book.OpenReadStream())
            await stream.ReadExactlyAsync(content, cancellation);

        var result = await imports.UploadAsync(User.Id(), content, Path.GetFileName(Book.FileName), Culture, cancellation);
        if (result.Error is { } error)
            return Refuse(error == BookError.UnknownFormat ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity,
                texts.Error(error, result.Row, result.Column));
        return RedirectToPage("Map", new { id = result.Upload!.Id, culture = Culture });
    }

    private PageResult Refuse(int status, string message)
    {
        ModelState.AddModelError(nameof(Book), message);
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}

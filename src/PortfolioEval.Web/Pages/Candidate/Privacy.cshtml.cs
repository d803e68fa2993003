using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Privacy;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

/// <summary>What is stored of the candidate, book by book, how it is protected, and the way to erase it all.</summary>
public class PrivacyModel(
    PortfolioDbContext db,
    CandidateBooks books,
    ClientLabels labels,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    Erasure erasure,
    CandidateExport export,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record StoredBook(ClientBook Book, string Name, IReadOnlyDictionary<BookContentKind, long> Sizes, IReadOnlyList<string> SampleLabels);

    public IReadOnlyList<StoredBook> Books { get; private set; } = [];
    public DateTimeOffset? KeyCreatedAt { get; private set; }

    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public bool Understood { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation) => await LoadAsync(cancellation);

    /// <summary>Everything stored about the candidate as one JSON file (GDPR Art. 20), streamed as it is read.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellation)
    {
        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Response.ContentType = "application/json; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"portfolioeval-my-data-{day}.json\"";
        // Private: no shared cache may keep a copy.
        Response.Headers.CacheControl = "no-store";
        await export.WriteAsync(User.Id(), Response.BodyWriter, cancellation);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostDeleteAccountAsync(CancellationToken cancellation)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return NotFound();
        if (!Understood)
            ModelState.AddModelError(nameof(Understood), l["Tick the box to confirm you understand this cannot be undone."]);
        else if (!await users.CheckPasswordAsync(user, Password))
            ModelState.AddModelError(nameof(Password), l["That is not your password."]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellation);
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
        await erasure.DeleteAccountAsync(user, cancellation);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Erased");
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var candidateId = User.Id();
        KeyCreatedAt = await db.CandidateKeys.Where(k => k.CandidateId == candidateId).Select(k => (DateTimeOffset?)k.CreatedAt).SingleOrDefaultAsync(cancellation);
        var numbers = await labels.NumbersAsync(candidateId, cancellation);
        var stored = new List<StoredBook>();
        foreach (var book in await books.ListAsync(candidateId, cancellation))
        {
            // The count was stored with the book; three clients show how they are labelled, decrypted with this
            // candidate's key alone. The rest of the book is not decrypted to draw this page.
            var sample = (await books.FirstClientsAsync(book, 3, cancellation))
                .Select(c => ClientLabels.Format(l["Client"], numbers.GetValueOrDefault(c.ClientPseudonym), c.Sector, c.City))
                .ToList();
            stored.Add(new StoredBook(book, await books.NameAsync(book, cancellation), await books.ContentSizesAsync(book.Id, cancellation), sample));
        }
        Books = stored;
    }
}

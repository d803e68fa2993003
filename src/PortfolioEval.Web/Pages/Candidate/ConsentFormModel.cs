using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

/// <summary>
/// What applying to an opening and sharing with a company have in common: the consent form (which scored book, the
/// name shown, for how many days, an unticked box), checked the same way, and the grant. The pages differ only in how
/// they find the company and the opening.
/// </summary>
public abstract class ConsentFormModel(
    PortfolioDbContext db,
    CandidateBooks books,
    ConsentGrants grants,
    ConsentNotices notices,
    UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record ScoredBook(ClientBook Book, string Name);

    [BindProperty] public ConsentInput Input { get; set; } = new();

    /// <summary>The candidate's books that have a report to share, newest first.</summary>
    public IReadOnlyList<ScoredBook> ScoredBooks { get; private set; } = [];

    public ConsentNotice Notice { get; private set; } = null!;

    /// <summary>The account's email address, which the candidate may tick to give the company.</summary>
    public string AccountEmail { get; private set; } = "";

    /// <summary>The company the statement names; null while the candidate has not chosen one.</summary>
    public HiringCompany? Company { get; protected set; }

    /// <summary>The opening applied to; null when sharing with a company directly.</summary>
    public Opening? Opening { get; protected set; }

    protected PortfolioDbContext Db => db;

    protected IStringLocalizer<SharedResource> L => l;

    /// <summary>The form as it first opens: the best scored book and the account's name, the box unticked.</summary>
    protected async Task ShowFormAsync(CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        Input.BookId = BestBook(ScoredBooks)?.Book.Id;
        Input.SharedName = (await users.GetUserAsync(User))?.DisplayName ?? "";
    }

    /// <summary>Checks the form against <see cref="Company"/> and <see cref="Opening"/>, then grants the consent.</summary>
    protected async Task<IActionResult> GrantAsync(CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        var book = ScoredBooks.FirstOrDefault(b => b.Book.Id == Input.BookId)?.Book;
        var bookField = $"{nameof(Input)}.{nameof(ConsentInput.BookId)}";
        if (Input.BookId is not null && book is null)
            ModelState.AddModelError(bookField, l["Choose one of your client books that has a report."]);
        if (Input.Phone is { Length: > 0 } phone && !ContactShare.IsPhone(phone))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ConsentInput.Phone)}", l["Write a phone number with its digits (6 to 15), for example +51 987 654 321."]);
        if (Input.LinkedInUrl is { Length: > 0 } linkedIn && !ContactShare.IsLinkedInUrl(linkedIn))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ConsentInput.LinkedInUrl)}", l["Give the address of your LinkedIn profile, starting with https://www.linkedin.com/"]);
        if (!Input.Agree)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ConsentInput.Agree)}", l["Tick the box to give your consent; nothing is shared without it."]);
        if (book is not null && Company is not null && await grants.InForceAsync(User.Id(), book.Id, Company.Id, Opening?.Id, cancellation))
            ModelState.AddModelError(bookField, Opening is null
                ? l["You already share this client book with {0}, and that consent is still in force.", Company.Name]
                : l["You already applied to this opening with this client book, and that consent is still in force."]);
        if (!ModelState.IsValid || book is null || Company is null)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        var candidate = await users.GetUserAsync(User);
        if (candidate is null)
            return NotFound();
        var contact = ContactShare.Of(Input.ShareEmail ? candidate.Email : null, Input.Phone, Input.LinkedInUrl);
        var consent = await grants.GrantAsync(candidate, book, Company, Opening, Input.SharedName, TimeSpan.FromDays(Input.Days), contact, Notice, cancellation);
        return RedirectToPage("/Candidate/Consents/Index", new { granted = consent.Id });
    }

    /// <summary>
    /// The book a candidate most likely means to share: the highest composite score, the newest among equals; a book
    /// judged comes before one that is not (its score is unknown, not low). Null when there is none.
    /// </summary>
    public static ScoredBook? BestBook(IReadOnlyList<ScoredBook> books) =>
        books.OrderByDescending(b => b.Book.CompositeScore.HasValue)
            .ThenByDescending(b => b.Book.CompositeScore)
            .ThenByDescending(b => b.Book.ImportedAt)
            .FirstOrDefault();

    private async Task LoadAsync(CancellationToken cancellation)
    {
        Notice = notices.Current(CultureInfo.CurrentUICulture);
        AccountEmail = (await users.GetUserAsync(User))?.Email ?? "";
        var scored = new List<ScoredBook>();
        foreach (var book in await books.ListAsync(User.Id(), cancellation))
        {
            if (book.ReportVersion is not null)
                scored.Add(new ScoredBook(book, await books.NameAsync(book, cancellation)));
        }
        ScoredBooks = scored;
    }
}

public sealed class ConsentInput
{
    /// <summary><see cref="CandidateConsent.MaxDuration"/> in days, which an attribute cannot name.</summary>
    public const int MaxDays = 90;

    [Required(ErrorMessage = "Choose the client book whose report you share.")]
    [Display(Name = "Client book")]
    public Guid? BookId { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(CandidateConsent.SharedNameMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Name the company will see")]
    public string SharedName { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [Range(1, MaxDays, ErrorMessage = "The duration must be between {1} and {2} days.")]
    [Display(Name = "Duration in days")]
    public int Days { get; set; } = MaxDays;

    /// <summary>Give the company the account's email address; unticked by default.</summary>
    [Display(Name = "My email address")]
    public bool ShareEmail { get; set; }

    /// <summary>A phone number to give the company; empty gives none.</summary>
    [StringLength(ContactShare.PhoneMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    /// <summary>A LinkedIn profile to give the company; empty gives none.</summary>
    [StringLength(ContactShare.LinkedInUrlMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "LinkedIn profile")]
    public string? LinkedInUrl { get; set; }

    /// <summary>The consent box; unticked until the candidate ticks it.</summary>
    public bool Agree { get; set; }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Sectors;

namespace PortfolioEval.Web.Pages.Recruiter.Openings;

/// <summary>
/// Creates an opening or changes one of the company's: what it is, its sectors (the searchable picker, inside this
/// form so a search keeps what was typed), its target deal size and the weights of the composite score.
/// </summary>
[CompanyMember]
public class EditModel(CompanyOpenings openings, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The value of the save button; the picker's search button (and Enter) show the form again unsaved.</summary>
    public const string SaveCommand = "save";

    [BindProperty] public OpeningInput Input { get; set; } = new();
    [BindProperty] public List<string> Sectors { get; set; } = [];
    [BindProperty] public string? Find { get; set; }
    [BindProperty] public string? Command { get; set; }

    /// <summary>Null while creating one.</summary>
    public Opening? Opening { get; private set; }
    public SectorPicker Picker { get; private set; } = null!;

    private Guid CompanyId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } answer)
            return answer;
        if (Opening is { } opening)
            Input = OpeningInput.Of(opening);
        Picker = SectorPicker.From(Opening?.SectorCodes ?? [], null, CultureInfo.CurrentUICulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } answer)
            return answer;
        Picker = SectorPicker.From(Sectors, Find, CultureInfo.CurrentUICulture);
        if (!string.Equals(Command, SaveCommand, StringComparison.Ordinal))
        {
            ModelState.Clear(); // a search, not a save: nothing to complain about yet
            return Page();
        }
        Check(Input);
        if (!ModelState.IsValid)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        var opening = Opening ?? new Opening(CompanyId, Input.Title, Input.Location ?? "", clock.GetUtcNow());
        opening.Describe(Input.Title, Input.Location ?? "", Picker.ChosenCodes, Input.TargetDealSize, Input.TargetCurrency);
        opening.Publish(Input.Description, Input.Requirements, Input.ClosesOn);
        opening.Weigh(Input.FreshnessWeight / 100d, Input.RelevanceWeight / 100d, Input.DealValueWeight / 100d, Input.QualityWeight / 100d);
        if (Opening is null)
            openings.Add(opening);
        await openings.SaveAsync(cancellation);
        TempData.Tell(l["Saved: the opening “{0}”.", opening.Title]);
        return RedirectToPage("Index");
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellation) =>
        ChangeAsync(id, o => o.Close(), o => l["Closed: the opening “{0}” no longer takes applications.", o.Title], cancellation);

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellation) =>
        ChangeAsync(id, o => o.Reopen(), o => l["Reopened: the opening “{0}” takes applications again.", o.Title], cancellation);

    private async Task<IActionResult> ChangeAsync(Guid id, Action<Opening> change, Func<Opening, string> told, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } answer)
            return answer;
        change(Opening!);
        await openings.SaveAsync(cancellation);
        TempData.Tell(told(Opening!));
        return RedirectToPage("Index");
    }

    /// <summary>Null when the recruiter's company is loaded and so is the opening asked for (which must be the company's).</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken cancellation)
    {
        CompanyId = HttpContext.CompanyMember().Company.Id;
        if (id is null)
            return null;
        // Another company's opening is answered as one that does not exist.
        Opening = await openings.FindAsync(CompanyId, id.Value, cancellation);
        return Opening is null ? NotFound() : null;
    }

    private void Check(OpeningInput input)
    {
        if (input.TargetDealSize is not null && string.IsNullOrWhiteSpace(input.TargetCurrency))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(input.TargetCurrency)}", l["Give the currency of the target deal size."]);
        if (input.ClosesOn is { } closesOn && (Opening?.ClosesOn != closesOn) && closesOn < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(input.ClosesOn)}", l["The closing date cannot be in the past."]);
        if (input.FreshnessWeight + input.RelevanceWeight + input.DealValueWeight + input.QualityWeight <= 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(input.FreshnessWeight)}", l["At least one weight must be above zero."]);
    }

    public sealed class OpeningInput
    {
        // What the Openings table holds.
        private const int TextMaxLength = 200;

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(TextMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Title")]
        public string Title { get; set; } = "";

        [StringLength(TextMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Location")]
        public string? Location { get; set; }

        [StringLength(Opening.TextMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Description of the position")]
        public string? Description { get; set; }

        [StringLength(Opening.TextMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Requirements")]
        public string? Requirements { get; set; }

        /// <summary>The last day applications are taken; empty for none.</summary>
        [DataType(DataType.Date)]
        [Display(Name = "Closing date")]
        public DateOnly? ClosesOn { get; set; }

        /// <summary>Whole units of the currency: a form posts no decimals people would type differently in Spanish and English.</summary>
        [Range(1, 1_000_000_000, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Target deal size")]
        public int? TargetDealSize { get; set; }

        [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The {0} field must be a three-letter code, such as PEN or USD.")]
        [Display(Name = "Currency")]
        public string? TargetCurrency { get; set; }

        // Percentages of Opening's own defaults, which are the scoring engine's.
        [Range(0, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Freshness")]
        public int FreshnessWeight { get; set; } = Percent(CompositeWeights.Default.Freshness);

        [Range(0, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Sector relevance")]
        public int RelevanceWeight { get; set; } = Percent(CompositeWeights.Default.Relevance);

        [Range(0, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Deal value")]
        public int DealValueWeight { get; set; } = Percent(CompositeWeights.Default.DealValue);

        [Range(0, 100, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Data quality")]
        public int QualityWeight { get; set; } = Percent(CompositeWeights.Default.Quality);

        public static OpeningInput Of(Opening opening)
        {
            ArgumentNullException.ThrowIfNull(opening);
            return new OpeningInput
            {
                Title = opening.Title,
                Location = opening.Location,
                Description = opening.Description,
                Requirements = opening.Requirements,
                ClosesOn = opening.ClosesOn,
                TargetDealSize = opening.TargetDealSize is { } target ? (int)Math.Round(target) : null,
                TargetCurrency = opening.TargetCurrency,
                FreshnessWeight = Percent(opening.FreshnessWeight),
                RelevanceWeight = Percent(opening.RelevanceWeight),
                DealValueWeight = Percent(opening.DealValueWeight),
                QualityWeight = Percent(opening.QualityWeight),
            };
        }

        private static int Percent(double weight) => (int)Math.Round(weight * 100);
    }
}

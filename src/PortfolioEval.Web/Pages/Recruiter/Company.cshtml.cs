using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Sectors;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Sectors;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// The company as its admin describes it: name and country, and its sectors chosen from the ISIC Rev.4 taxonomy with
/// the searchable picker.
/// </summary>
[CompanyAdmin]
public class CompanyModel(CompanyTeams teams) : PageModel
{
    /// <summary>Codes ticked in the picker; when the page opens without any, the company's current ones.</summary>
    [BindProperty(SupportsGet = true)] public List<string>? Sectors { get; set; }
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }

    public HiringCompany Company { get; private set; } = null!;
    public SectorPicker Picker { get; private set; } = null!;
    public DetailsInput Details { get; private set; } = new();

    public IActionResult OnGet()
    {
        Load();
        Details = new DetailsInput { Name = Company.Name, Country = Company.Country };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        Load();
        // Only codes of the taxonomy are kept; anything else posted is dropped, not stored.
        Company.ChooseSectors((Sectors ?? []).Where(code => IsicTaxonomy.Instance.Find(code) is not null));
        await teams.SaveCompanyAsync(cancellation);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDetailsAsync([Bind(Prefix = nameof(Details))] DetailsInput details, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(details);
        Load();
        if (!ModelState.IsValid)
        {
            Details = details;
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
        Company.Rename(details.Name, details.Country);
        await teams.SaveCompanyAsync(cancellation);
        return RedirectToPage("Index");
    }

    private void Load()
    {
        Company = HttpContext.CompanyMember().Company;
        Picker = SectorPicker.From(Sectors ?? [.. Company.SectorCodes], Find, CultureInfo.CurrentUICulture);
    }

    public sealed class DetailsInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(HiringCompany.NameMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Company name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(HiringCompany.CountryMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Country")]
        public string Country { get; set; } = "";
    }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Currencies;
using PortfolioEval.Web.Currencies;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>The exchange rates scoring converts with: every rate with its source and date, and a form to add one.</summary>
public class RatesModel(ExchangeRates rates, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public IReadOnlyList<ExchangeRate> Rates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) => Rates = await rates.ListAsync(cancellation);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var currency = Input.Currency?.Trim().ToUpperInvariant() ?? "";
        // A number field always sends "3.76", whatever the page's language: read it invariantly, never as 376.
        var parsed = decimal.TryParse(Input.UnitsPerUsd?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var units);
        if (ModelState.IsValid && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Currency)}", l["Write the currency's three-letter code (PEN, MXN, EUR...)."]);
        if (ModelState.IsValid && (!parsed || units <= 0))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UnitsPerUsd)}", l["Write how many units one US dollar buys, a number above zero (3.76)."]);
        if (ModelState.IsValid && currency == ExchangeRate.Usd && units != 1)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UnitsPerUsd)}", l["One US dollar is always 1 USD."]);
        if (!ModelState.IsValid)
        {
            Rates = await rates.ListAsync(cancellation);
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        await rates.AddAsync(currency, units, Input.On!.Value, Input.Source!, cancellation);
        return RedirectToPage(new { saved = true });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Write the currency's three-letter code (PEN, MXN, EUR...).")]
        [Display(Name = "Currency (ISO code)")]
        public string? Currency { get; set; }

        [Required(ErrorMessage = "Write how many units one US dollar buys, a number above zero (3.76).")]
        [Display(Name = "Units per US dollar")]
        public string? UnitsPerUsd { get; set; }

        [Required(ErrorMessage = "Give the date the rate was published for.")]
        [Display(Name = "Date of the rate")]
        public DateOnly? On { get; set; }

        [Required(ErrorMessage = "Say where the rate comes from (a central bank, for instance).")]
        [StringLength(ExchangeRate.SourceMaxLength, ErrorMessage = "The source is too long.")]
        [Display(Name = "Source")]
        public string? Source { get; set; }
    }
}

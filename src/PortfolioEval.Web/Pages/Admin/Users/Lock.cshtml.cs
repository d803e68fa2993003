using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Admin.Users;

/// <summary>
/// Locking or unlocking one account, after the admin confirms. A lock is Identity's lockout with no end, so the password
/// no longer signs in; the security stamp changes too, so sessions already open end at their next request.
/// </summary>
public class LockModel(
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";

    public ApplicationUser Account { get; private set; } = null!;
    public bool IsLocked { get; private set; }
    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostLockAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (IsSelf)
            return Refuse(l["You cannot lock your own account."]);
        await Check(users.SetLockoutEnabledAsync(Account, true));
        await Check(users.SetLockoutEndDateAsync(Account, AccountLocks.NoEnd));
        await Check(users.UpdateSecurityStampAsync(Account));
        return RedirectToPage("Index", new { q = Account.Email });
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        await Check(users.SetLockoutEndDateAsync(Account, null));
        await Check(users.ResetAccessFailedCountAsync(Account));
        return RedirectToPage("Index", new { q = Account.Email });
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.FindByIdAsync(Id) is not { } account)
            return false;
        Account = account;
        IsLocked = account.LockoutEnd > clock.GetUtcNow();
        IsSelf = string.Equals(account.Id, User.Id(), StringComparison.Ordinal);
        return true;
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    private static async Task Check(Task<IdentityResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
            throw new InvalidOperationException("The account could not be changed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Accounts;

public enum CompanyChoice { Create, Join }

public sealed record RegistrationRequest(
    string Email,
    string DisplayName,
    string Password,
    string Role,
    CompanyChoice Company = CompanyChoice.Create,
    string? CompanyName = null,
    string? CompanyCountry = null,
    string? CompanySector = null,
    string? InvitationCode = null);

/// <summary>A field-level problem the form shows next to the field.</summary>
public sealed record RegistrationError(string Field, string Message);

/// <summary>
/// Creates candidate and recruiter accounts. An address that already has an account gets an email saying so and
/// the same answer as a new one, so the form cannot be used to find out who is registered.
/// </summary>
public sealed class AccountRegistration(
    PortfolioDbContext db,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>The new user, who must confirm their email; null when the address was taken (nothing to confirm).</summary>
    public sealed record Result(IReadOnlyList<RegistrationError> Errors, ApplicationUser? NewUser)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> RegisterAsync(RegistrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Role is not (Roles.Candidate or Roles.Recruiter))
            return Fail(nameof(request.Role), l["Choose whether you are a candidate or a recruiter."]);

        HiringCompany? company = null;
        if (request.Role == Roles.Recruiter)
        {
            var (found, error) = await ResolveCompanyAsync(request);
            if (error is not null)
                return new Result([error], null);
            company = found;
        }

        var passwordErrors = await ValidatePasswordAsync(request.Password);
        if (passwordErrors.Count > 0)
            return new Result(passwordErrors, null);

        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            // Same work as creating an account, so timing does not tell either.
            hasher.HashPassword(null!, request.Password);
            return new Result([], null);
        }

        var user = new ApplicationUser(request.Email, request.DisplayName, clock.GetUtcNow());
        user.Speaks(CultureInfo.CurrentUICulture.Name);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
            return new Result([.. created.Errors.Select(e => new RegistrationError("", e.Description))], null);

        await users.AddToRoleAsync(user, request.Role);
        if (company is not null)
        {
            var isNewCompany = db.Entry(company).State == EntityState.Detached;
            if (isNewCompany)
                db.HiringCompanies.Add(company);
            user.JoinCompany(company);
            await users.UpdateAsync(user);
            if (isNewCompany)
                await users.AddToRoleAsync(user, Roles.CompanyAdmin);
        }
        await transaction.CommitAsync();
        return new Result([], user);
    }

    private async Task<(HiringCompany? Company, RegistrationError? Error)> ResolveCompanyAsync(RegistrationRequest request)
    {
        if (request.Company == CompanyChoice.Join)
        {
            var code = request.InvitationCode?.Trim() ?? "";
            var company = code.Length == HiringCompany.InvitationCodeLength
                ? await db.HiringCompanies.SingleOrDefaultAsync(c => c.InvitationCode == code)
                : null;
            return company is not null && company.Accepts(code)
                ? (company, null)
                : (null, new RegistrationError(nameof(request.InvitationCode), l["This invitation code is not valid. Ask your company's admin for the current one."]));
        }

        if (string.IsNullOrWhiteSpace(request.CompanyName))
            return (null, new RegistrationError(nameof(request.CompanyName), l["Enter the name of your company."]));
        if (string.IsNullOrWhiteSpace(request.CompanyCountry))
            return (null, new RegistrationError(nameof(request.CompanyCountry), l["Enter your company's country."]));
        return (new HiringCompany(request.CompanyName, request.CompanyCountry, request.CompanySector ?? "", clock.GetUtcNow()), null);
    }

    /// <summary>Every rule the password breaks, in one message, so the person fixes it in one go.</summary>
    private async Task<List<RegistrationError>> ValidatePasswordAsync(string password)
    {
        var broken = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, null!, password);
            broken.AddRange(result.Errors.Select(e => e.Description));
        }
        return broken.Count == 0 ? [] : [new RegistrationError("Password", string.Join(" ", broken))];
    }

    private static Result Fail(string field, string message) => new([new RegistrationError(field, message)], null);
}

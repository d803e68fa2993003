using Microsoft.AspNetCore.Identity;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Accounts;

public enum SignInOutcome { Succeeded, Failed, EmailNotConfirmed }

/// <summary>
/// Password sign-in that never tells whether an account exists: an unknown email, a wrong password and a locked
/// account all answer <see cref="SignInOutcome.Failed"/> after the same hashing work. The owner of a locked account
/// learns of it by email, not the person at the form.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    TimeProvider clock)
{
    // A hash of nothing anyone knows, verified when there is no account so that the answer takes as long.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<ApplicationUser>(Microsoft.Extensions.Options.Options.Create(
            new PasswordHasherOptions { IterationCount = PasswordHashing.Iterations }))
            .HashPassword(null!, Guid.NewGuid().ToString()));

    public sealed record Result(SignInOutcome Outcome, ApplicationUser? User = null, bool LockedJustNow = false);

    public async Task<Result> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            SpendHashingTime(password);
            return new Result(SignInOutcome.Failed);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        if (wasLocked)
            SpendHashingTime(password);

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The retention clock starts again, and a warning that the books will be erased no longer stands.
            user.MarkActive(clock.GetUtcNow());
            if (!(await users.UpdateAsync(user)).Succeeded)
                throw new InvalidOperationException("The sign-in could not be recorded, so the retention job would still count the account inactive.");
            return new Result(SignInOutcome.Succeeded, user);
        }
        if (result.IsNotAllowed)
            return new Result(SignInOutcome.EmailNotConfirmed, user);
        return new Result(SignInOutcome.Failed, user, LockedJustNow: result.IsLockedOut && !wasLocked);
    }

    private void SpendHashingTime(string password) =>
        hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
}

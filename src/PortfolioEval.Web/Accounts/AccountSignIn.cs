using System.Globalization;
using Microsoft.AspNetCore.Identity;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Accounts;

public enum SignInOutcome { Succeeded, Failed, EmailNotConfirmed }

/// <summary>
/// Password sign-in that never tells whether an account exists: an unknown email, a wrong password and a locked
/// account all answer <see cref="SignInOutcome.Failed"/> after the same hashing work. Only the right password learns
/// that the email is not confirmed yet; a wrong one for an unconfirmed account fails like any other, and counts
/// towards the lockout. The owner of a locked account learns of it by email, not the person at the form.
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

        // Identity answers a locked account, and then an unconfirmed one, before it hashes anything: both must hash.
        if (await users.IsLockedOutAsync(user))
        {
            SpendHashingTime(password);
            return new Result(SignInOutcome.Failed, user);
        }
        if (!await signIn.CanSignInAsync(user))
            return await UnconfirmedAsync(user, password);

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The retention clock starts again, and a warning that the books will be erased no longer stands; the
            // language the person signs in with is the one their emails are written in.
            user.MarkActive(clock.GetUtcNow());
            user.Speaks(CultureInfo.CurrentUICulture.Name);
            if (!(await users.UpdateAsync(user)).Succeeded)
                throw new InvalidOperationException("The sign-in could not be recorded, so the retention job would still count the account inactive.");
            return new Result(SignInOutcome.Succeeded, user);
        }
        return new Result(SignInOutcome.Failed, user, LockedJustNow: result.IsLockedOut);
    }

    /// <summary>The password first: only the right one hears "confirm your email"; a wrong one counts as a failure.</summary>
    private async Task<Result> UnconfirmedAsync(ApplicationUser user, string password)
    {
        if (await users.CheckPasswordAsync(user, password))
            return new Result(SignInOutcome.EmailNotConfirmed, user);
        await users.AccessFailedAsync(user);
        return new Result(SignInOutcome.Failed, user, LockedJustNow: await users.IsLockedOutAsync(user));
    }

    private void SpendHashingTime(string password) =>
        hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
}

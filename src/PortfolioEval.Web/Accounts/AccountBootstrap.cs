using Microsoft.AspNetCore.Identity;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Accounts;

/// <summary>Settings under <c>Admin</c>: who the first admin is.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The first admin's email, from configuration or <c>--create-admin you@example.com</c>.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// Optional, from an environment variable or a secret store. When empty, a password is generated and printed
    /// once to the console.
    /// </summary>
    public string? Password { get; set; }
}

/// <summary>Start-up work on accounts: the roles exist, and the first admin exists when one is configured.</summary>
public sealed class AccountBootstrap(
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    ILogger<AccountBootstrap> log)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>Creates a confirmed account in <paramref name="role"/>; returns the password used, or null if the email already has an account.</summary>
    public async Task<string?> CreateConfirmedAsync(string email, string displayName, string role, string? password = null, Action<ApplicationUser>? configure = null)
    {
        if (await users.FindByEmailAsync(email) is not null)
            return null;
        password ??= PasswordGenerator.New();
        var user = new ApplicationUser(email, displayName, clock.GetUtcNow()) { EmailConfirmed = true };
        configure?.Invoke(user);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Could not create the {role} account: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(user, role);
        return password;
    }

    public async Task AddToRoleAsync(string email, string role)
    {
        var user = await users.FindByEmailAsync(email)
                   ?? throw new InvalidOperationException("No account has that email.");
        if (!await users.IsInRoleAsync(user, role))
            await users.AddToRoleAsync(user, role);
    }

    public async Task EnsureAdminAsync(AdminOptions options, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        if (string.IsNullOrWhiteSpace(options.Email))
            return;
        var generated = string.IsNullOrEmpty(options.Password);
        var password = await CreateConfirmedAsync(options.Email, "Admin", Roles.Admin, options.Password);
        if (password is null)
            return;
        log.LogInformation("Created the first admin account.");
        // The console, not the log: a password must not end up in log files.
        if (generated)
            await console.WriteLineAsync($"Admin account {options.Email} created. Password (shown only this once): {password}");
    }
}

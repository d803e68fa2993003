using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Api;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Api;

/// <summary>
/// A key acts as the admin who made it, so it opens nothing once that person is no longer the company's admin or a
/// portal admin has locked the account; a lockout after failed sign-ins, which anyone could cause, does not stop it.
/// </summary>
[Collection(ApiPortals.Name)]
public class ApiKeyMakerTests(ApiPortal app)
{
    [Fact]
    public async Task Key_AfterItsMakerStopsBeingTheCompanysAdmin_IsUnauthorizedFromTheNextCall()
    {
        var (admin, key) = await CompanyWithKeyAsync("Matriz Degradada");
        using var client = app.ApiClient(key);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await ChangeMakerAsync(admin, (users, maker) => users.RemoveFromRoleAsync(maker, Roles.CompanyAdmin));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client));
    }

    [Fact]
    public async Task Key_WhileAPortalAdminLocksItsMaker_IsUnauthorized_AndWorksAgainOnceUnlocked()
    {
        var (admin, key) = await CompanyWithKeyAsync("Matriz Bloqueada");
        using var client = app.ApiClient(key);

        await ChangeMakerAsync(admin, (users, maker) => users.SetLockoutEndDateAsync(maker, AccountLocks.NoEnd));
        var whileLocked = await StatusAsync(client);
        await ChangeMakerAsync(admin, (users, maker) => users.SetLockoutEndDateAsync(maker, null));
        var afterUnlock = await StatusAsync(client);

        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked);
        Assert.Equal(HttpStatusCode.OK, afterUnlock);
    }

    [Fact]
    public async Task Key_WhileItsMakerIsLockedOutAfterFailedSignIns_KeepsWorking()
    {
        var (admin, key) = await CompanyWithKeyAsync("Matriz Atacada");
        using var client = app.ApiClient(key);

        await ChangeMakerAsync(admin, (users, maker) => users.SetLockoutEndDateAsync(maker, DateTimeOffset.UtcNow.AddMinutes(15)));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
    }

    private async Task<(Person Admin, string Key)> CompanyWithKeyAsync(string company)
    {
        var registered = await app.NewCompanyAsync($"{company} {Guid.NewGuid():N}"[..30]);
        return (registered.Admin, await app.NewKeyAsync(registered.Admin, ApiScope.ReadOpenings));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/openings");
        return response.StatusCode;
    }

    private async Task ChangeMakerAsync(Person admin, Func<UserManager<ApplicationUser>, ApplicationUser, Task<IdentityResult>> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var maker = (await users.FindByIdAsync(admin.Id))!;
        Assert.True((await change(users, maker)).Succeeded);
    }
}

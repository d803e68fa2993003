using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Accounts;

public class DemoSeedingTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    [Fact]
    public async Task Demo_SeedsEveryRoleWithAPrintedPassword()
    {
        var printed = app.PrintedPasswords();

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, _, role) in DemoSeeder.People)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be {role}");
            Assert.True(await users.CheckPasswordAsync(user, printed[email]), $"the printed password of {email} should work");
        }
    }

    [Fact]
    public void Demo_PasswordsAreGeneratedNotFixed()
    {
        var printed = app.PrintedPasswords();

        Assert.Equal(DemoSeeder.People.Count, printed.Count);
        Assert.Equal(printed.Count, printed.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(printed.Values, p => Assert.True(p.Length >= 16));
    }

    [Fact]
    public async Task Demo_SecondRun_CreatesNothingAndSaysSo()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var console = new StringWriter();

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(console);

        Assert.Contains("Demo accounts already exist", console.ToString(), StringComparison.Ordinal);
    }
}

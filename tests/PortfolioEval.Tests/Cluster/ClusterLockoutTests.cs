using System.Net;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Hosting;

namespace PortfolioEval.Tests.Cluster;

/// <summary>Identity's failure counter is a column of the user, so an attacker gains nothing by spreading guesses.</summary>
public sealed class ClusterLockoutTests
{
    [PostgresFact]
    public async Task WrongPasswordsSpreadOverBothNodes_LockTheAccountAfterFive()
    {
        using var cluster = new TwoNodes();
        var email = AccountSteps.NewEmail("guessed");
        using (var owner = cluster.NewBrowser(Route.A))
            await owner.SignUpAndLoginAsync(cluster.A, email, (c, e) => c.RegisterCandidateAsync(e));
        using var attacker = cluster.NewBrowser(Route.RoundRobin);

        for (var attempt = 1; attempt <= IdentitySetup.MaxFailedAccessAttempts; attempt++)
            (await attacker.LoginAsync(email, $"Wrong-password-{attempt}")).Dispose();
        using var rightPassword = await attacker.LoginAsync(email);

        Assert.Contains('A', attacker.Served);
        Assert.Contains('B', attacker.Served);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("Correo o contraseña incorrectos.", WebUtility.HtmlDecode(await rightPassword.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, cluster.Outbox.To(email).Count(m => m.Subject == "Tu cuenta de PortfolioEval fue bloqueada"));
    }
}

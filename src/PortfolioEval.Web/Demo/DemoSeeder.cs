using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Demo;

/// <summary>
/// <c>--demo</c>: an admin, a hiring company with its admin and a recruiter, and three candidates with a client book
/// each (from <c>samples/</c>), each with a password generated on the first run and printed once. Later features add
/// reports and consents here.
/// </summary>
public sealed class DemoSeeder(PortfolioDbContext db, AccountBootstrap accounts, DemoBooks books, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string Domain = "demo.portfolioeval.test";
    public const string CompanyName = "Distribuidora Andina S.A.C.";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> People =
    [
        ($"admin@{Domain}", "Admin Demo", Roles.Admin),
        ($"empresa@{Domain}", "Lucía Paredes", Roles.CompanyAdmin),
        ($"reclutador@{Domain}", "Martín Quispe", Roles.Recruiter),
        ($"ana@{Domain}", "Ana Torres", Roles.Candidate),
        ($"bruno@{Domain}", "Bruno Salas", Roles.Candidate),
        ($"carla@{Domain}", "Carla Rojas", Roles.Candidate),
    ];

    public async Task SeedAsync(TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var company = await db.HiringCompanies.SingleOrDefaultAsync(c => c.Name == CompanyName);
        if (company is null)
        {
            company = new HiringCompany(CompanyName, "Perú", "Distribución de bienes de consumo", clock.GetUtcNow());
            db.HiringCompanies.Add(company);
            await db.SaveChangesAsync();
        }

        var created = new List<(string Email, string Role, string Password)>();
        foreach (var (email, name, role) in People)
        {
            var isRecruiter = role is Roles.Recruiter or Roles.CompanyAdmin;
            var password = await accounts.CreateConfirmedAsync(
                email, name, isRecruiter ? Roles.Recruiter : role,
                configure: isRecruiter ? user => user.JoinCompany(company) : null);
            if (password is null)
                continue;
            if (role == Roles.CompanyAdmin)
                await accounts.AddToRoleAsync(email, Roles.CompanyAdmin);
            if (DemoBooks.BookOf.TryGetValue(email, out var sample) && !await books.ImportAsync((await users.FindByEmailAsync(email))!.Id, sample))
                await console.WriteLineAsync($"Sample book {sample} not found in {books.SamplesFolder}; {email} starts without a book.");
            created.Add((email, role, password));
        }
        await PrintAsync(console, created);
    }

    private static async Task PrintAsync(TextWriter console, List<(string Email, string Role, string Password)> created)
    {
        if (created.Count == 0)
        {
            await console.WriteLineAsync("Demo accounts already exist; their passwords were printed on the first demo run. " +
                                         "Delete the data folder to start over.");
            return;
        }
        // The console, never the log: passwords must not reach log files.
        await console.WriteLineAsync("Demo accounts (passwords shown only this once):");
        foreach (var (email, role, password) in created)
            await console.WriteLineAsync($"  {role,-13} {email,-36} {password}");
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Demo;

/// <summary>
/// <c>--demo</c>: an admin, a hiring company with its admin, a recruiter and an open opening, and six candidates with
/// a client book each (from <c>samples/</c>) who applied to it, one of them already shortlisted with a note, each account
/// with a password generated on the first run and printed once.
/// </summary>
public sealed class DemoSeeder(
    PortfolioDbContext db, AccountBootstrap accounts, DemoBooks books, UserManager<ApplicationUser> users,
    ConsentGrants consents, ConsentNotices notices, TimeProvider clock)
{
    public const string Domain = "demo.portfolioeval.test";
    public const string CompanyName = "Distribuidora Andina S.A.C.";
    public const string OpeningTitle = "Ejecutivo/a de ventas B2B";

    /// <summary>Where the receipts of the demo consents say the privacy notice is: the README's run command serves there.</summary>
    private static readonly Uri DemoSite = new("http://127.0.0.1:5080/");

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> People =
    [
        ($"admin@{Domain}", "Admin Demo", Roles.Admin),
        ($"empresa@{Domain}", "Lucía Paredes", Roles.CompanyAdmin),
        ($"reclutador@{Domain}", "Martín Quispe", Roles.Recruiter),
        ($"ana@{Domain}", "Ana Torres", Roles.Candidate),
        ($"bruno@{Domain}", "Bruno Salas", Roles.Candidate),
        ($"carla@{Domain}", "Carla Rojas", Roles.Candidate),
        ($"diego@{Domain}", "Diego Huamán", Roles.Candidate),
        ($"elena@{Domain}", "Elena Vargas", Roles.Candidate),
        ($"fabio@{Domain}", "Fabio Castillo", Roles.Candidate),
    ];

    /// <summary>The candidate the demo recruiter has already shortlisted, with a note, so the dashboard shows both.</summary>
    public static readonly string ShortlistedCandidate = $"elena@{Domain}";

    public const string ShortlistNote = "Buena cobertura fuera de Lima. Llamar para entrevista la próxima semana; preguntar por las cuentas de Chile y Ecuador.";

    public async Task SeedAsync(TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var company = await db.HiringCompanies.SingleOrDefaultAsync(c => c.Name == CompanyName);
        if (company is null)
        {
            company = new HiringCompany(CompanyName, "Perú", "Distribución de bienes de consumo", clock.GetUtcNow());
            // Wholesale and retail trade: what a distributor's salespeople sell into.
            company.ChooseSectors(["46", "47"]);
            db.HiringCompanies.Add(company);
            await db.SaveChangesAsync();
        }
        var opening = await db.Openings.SingleOrDefaultAsync(o => o.CompanyId == company.Id && o.Title == OpeningTitle);
        if (opening is null)
        {
            opening = new Opening(company.Id, OpeningTitle, "Lima", clock.GetUtcNow());
            opening.Describe(OpeningTitle, "Lima", ["46", "47"], 20_000m, "PEN");
            db.Openings.Add(opening);
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
            if (DemoBooks.BookOf.TryGetValue(email, out var sample)
                && await ApplyWithSampleAsync(console, email, sample, company, opening) is { } consent
                && email == ShortlistedCandidate)
                await ShortlistAsync(consent);
            created.Add((email, role, password));
        }
        await PrintAsync(console, created);
    }

    /// <summary>The candidate's sample book, imported and shared with the demo opening, as if applied to through its page.</summary>
    private async Task<CandidateConsent?> ApplyWithSampleAsync(TextWriter console, string email, string sample, HiringCompany company, Opening opening)
    {
        var candidate = (await users.FindByEmailAsync(email))!;
        var book = await books.ImportAsync(candidate.Id, sample);
        if (book is null)
        {
            await console.WriteLineAsync($"Sample book {sample} not found in {books.SamplesFolder}; {email} starts without a book.");
            return null;
        }
        return await consents.GrantAsync(candidate, book, company, opening, candidate.DisplayName, duration: null, notices.For(DemoSite, "es"), CancellationToken.None);
    }

    /// <summary>The demo recruiter shortlists the candidate and writes a note, logged for the candidate as the dashboard does.</summary>
    private async Task ShortlistAsync(CandidateConsent consent)
    {
        var recruiter = (await users.FindByEmailAsync($"reclutador@{Domain}"))!;
        var now = clock.GetUtcNow();
        var entry = new ShortlistEntry(consent, recruiter.Id, now);
        entry.Move(ShortlistStatus.Shortlisted, recruiter.Id, now);
        entry.WriteNote(ShortlistNote, recruiter.Id, now);
        db.Shortlist.Add(entry);
        db.AccessLog.Add(new AccessLogEntry(consent.CandidateId, consent.CompanyId, recruiter.Id, consent.Id, consent.BookId, AccessAction.StatusChange, now));
        await db.SaveChangesAsync();
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

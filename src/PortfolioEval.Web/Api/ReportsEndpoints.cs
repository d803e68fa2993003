using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Api;

/// <summary>
/// Reports and comparisons, read only through <see cref="CompanyReports"/> (the one gate the recruiter pages use):
/// decided from the database on this call, logged for the candidate as read "via API key <i>name</i>", then
/// decrypted. Whatever the reason a report may not be read, the answer is the same 404.
/// </summary>
public static class ReportsEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var read = ApiPolicies.For(ApiScope.ReadApplications);
        api.MapGet("/applications/{id:guid}/report", ReadAsync).RequireAuthorization(read).WithTags("Reports")
            .WithName("GetReport").WithSummary("Read the report an application's consent lets the company read (the redacted snapshot, with its scoring version).")
            .WithDescription("404 as soon as the consent is revoked, expires or the candidate withdraws. Every read is in the candidate's access log.")
            .Produces<ReportResource>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/comparisons", CompareAsync).RequireAuthorization(read).WithTags("Reports")
            .WithName("CompareApplications").WithSummary("Read 2 to 6 applications' reports side by side, all or none.")
            .WithDescription("Pass 'application' once per application. 404 unless every one may be read now; then nothing is logged.")
            .Produces<ComparisonResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ReadAsync(HttpContext http, ClaimsPrincipal user, CompanyReports reports, IStringLocalizer<SharedResource> l,
        Guid id, CancellationToken cancellation)
    {
        // The application names the book; the gate then decides on the book's consents, exactly as for the pages.
        if (await reports.DecideConsentAsync(user, id, cancellation) is not { } decided
            || await reports.OpenAsync(user, decided.Figures.BookId, ReportAccessRequirement.View, cancellation) is not { } report)
            return ApiProblems.NotFound();
        return ApiJson.Ok(http, ResourceOf(report, l));
    }

    private static async Task<IResult> CompareAsync(HttpContext http, ClaimsPrincipal user, CompanyReports reports,
        IStringLocalizer<SharedResource> l, [FromQuery(Name = "application")] Guid[]? application, CancellationToken cancellation)
    {
        var asked = (application ?? []).Where(a => a != Guid.Empty).Distinct().ToList();
        if (asked.Count is < Comparisons.Fewest or > Comparisons.Most)
            return ApiProblems.Invalid($"Name {Comparisons.Fewest} to {Comparisons.Most} different applications with 'application'.");
        // Each application names its book (one query for all); the gate then decides on the books' consents.
        var decided = (await reports.DecideConsentsAsync(user, asked, cancellation)).ToDictionary(d => d.Figures.ConsentId);
        if (asked.Any(a => !decided.ContainsKey(a)))
            return ApiProblems.NotFound();
        var distinct = Comparisons.Distinct(asked.Select(a => decided[a].Figures.BookId));
        if (!Comparisons.IsComparable(distinct))
            return ApiProblems.Invalid("Two of the applications share one book: compare different books.");
        // What the recruiter's comparison reads: each report's stored comparison record, not the whole report.
        if (await reports.OpenComparisonsAsync(user, distinct, ReportAccessRequirement.Compare, cancellation) is not { } opened)
            return ApiProblems.NotFound();
        return ApiJson.Ok(http, new ComparisonResource([.. opened.Select(c => ComparedOf(c, l))]));
    }

    private static ComparedReportResource ComparedOf(CompanyComparison compared, IStringLocalizer l)
    {
        var (consent, r) = (compared.Consent, compared.Record);
        var value = r.BookValue;
        var valueCurrency = value?.Currency ?? r.Valuation.Currency;
        Money? Amount(decimal amount, string? currency) => r.HasValue ? new Money(amount, currency) : null;
        return new ComparedReportResource(consent.Id, consent.BookId, consent.SharedName, r.ScoringVersion, r.AsOf, r.Clients,
            r.Composite,
            [
                new("freshness", l["Freshness"], r.Freshness),
                new("relevance", l["Sector relevance"], r.Relevance),
                new("dealValue", l["Deal value"], r.DealValue),
                new("quality", l["Data quality"], r.Quality),
            ],
            new Money(value?.Value ?? r.Valuation.Expected, valueCurrency), new Money(value?.Low ?? r.Valuation.Low, valueCurrency),
            new Money(value?.High ?? r.Valuation.High, valueCurrency), consent.ExpiresAt,
            new ComparedFigures(r.NotEnoughToJudge, r.ShareOfValueContactedIn90Days, r.Bands, r.Sectors,
                Amount(r.Total, r.Currency), Amount(r.Median, r.Currency), r.ClientsWithValue, r.KeyAccounts, r.KeyAccountShare, r.Hhi,
                r.Concentration, r.TopFifthShare, r.ReactivationClients, Amount(r.ReactivationValue, r.ReactivationCurrency),
                value is null ? null : new Money(value.RevenueExpected, value.Currency),
                value is null ? null : new Money(value.RevenueP10, value.Currency),
                value is null ? null : new Money(value.RevenueP90, value.Currency),
                r.WonShare, r.Plausibility));
    }

    private static ReportResource ResourceOf(CompanyReport opened, IStringLocalizer l)
    {
        var (consent, report) = (opened.Consent, opened.Report);
        var value = report.BookValue;
        Money? Amount(decimal? amount) => amount is { } a ? new Money(a, value?.Currency ?? report.Valuation.Currency) : null;
        return new ReportResource(consent.Id, consent.BookId, consent.SharedName, report.ScoringVersion, report.AsOf, report.Clients,
            report.Composite.Score,
            [
                new("freshness", l["Freshness"], report.Freshness.Score),
                new("relevance", l["Sector relevance"], report.Relevance.Score),
                new("dealValue", l["Deal value"], report.DealValue.Score),
                new("quality", l["Data quality"], report.Quality.Score),
            ],
            Amount(value?.Value ?? report.Valuation.Expected), Amount(value?.Low ?? report.Valuation.Low), Amount(value?.High ?? report.Valuation.High),
            consent.ExpiresAt, report);
    }
}

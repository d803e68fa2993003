using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Api;

/// <summary>
/// <c>/api/v1/…/applications</c>: the consents candidates gave the company, as the recruiter pages list them
/// (<see cref="CompanyConsents"/>: state by the one consent rule, no report figures), and the shortlist.
/// </summary>
public static class ApplicationsEndpoints
{
    public static void MapApplications(this RouteGroupBuilder api)
    {
        var read = ApiPolicies.For(ApiScope.ReadApplications);
        api.MapGet("/openings/{id:guid}/applications", ListAsync).RequireAuthorization(read).WithTags("Applications")
            .WithName("ListApplications").WithSummary("List an opening's applications, newest first, with each consent's state and expiry.")
            .Produces<Page<ApplicationResource>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/applications/{id:guid}", ReadAsync).RequireAuthorization(read).WithTags("Applications")
            .WithName("GetApplication").WithSummary("Read one application: its consent's state and expiry, its shortlist status and note.")
            .Produces<ApplicationResource>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/applications/{id:guid}/shortlist", ShortlistAsync).RequireAuthorization(ApiPolicies.For(ApiScope.WriteStatuses))
            .WithTags("Applications").WithName("UpdateShortlist")
            .WithSummary("Move an application along the shortlist and/or replace the company's note; only while its consent is in force.")
            .Produces<ApplicationResource>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ClaimsPrincipal user, CompanyOpenings openings, CompanyConsents consents,
        Shortlists shortlists, IStringLocalizer<SharedResource> l, Guid id, string? cursor, int? limit, CancellationToken cancellation)
    {
        var companyId = user.CompanyId();
        if (await openings.FindAsync(companyId, id, cancellation) is null)
            return ApiProblems.NotFound();
        var rows = (await consents.ListAsync(companyId, cancellation)).Where(r => r.OpeningId == id).ToList();
        var entries = await shortlists.OfAsync(companyId, [.. rows.Select(r => r.ConsentId)], cancellation);
        var page = ApiPaging.PageOf(rows, r => (r.GrantedAt, r.ConsentId), cursor, limit, r => ResourceOf(r, entries.GetValueOrDefault(r.ConsentId), l));
        return page is null ? ApiPaging.BadPage() : ApiJson.Ok(http, page);
    }

    private static async Task<IResult> ReadAsync(HttpContext http, ClaimsPrincipal user, CompanyConsents consents, Shortlists shortlists,
        IStringLocalizer<SharedResource> l, Guid id, CancellationToken cancellation) =>
        await ApplicationAsync(user, consents, shortlists, l, id, cancellation) is { } application ? ApiJson.Ok(http, application) : ApiProblems.NotFound();

    private static async Task<IResult> ShortlistAsync(ClaimsPrincipal user, CompanyConsents consents, Shortlists shortlists,
        IStringLocalizer<SharedResource> l, Guid id, ShortlistChange change, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        if (change is null || (change.Status is null && change.Note is null))
            errors["status"] = ["Send a status, a note, or both."];
        if (change?.Status is { } status && !Enum.IsDefined(status))
            errors["status"] = [$"One of: {string.Join(", ", Enum.GetNames<ShortlistStatus>())}."];
        if (ShortlistEntry.NoteOf(change?.Note).Length > ShortlistEntry.NoteMaxLength)
            errors["note"] = [$"A note has at most {ShortlistEntry.NoteMaxLength} characters."];
        if (errors.Count > 0)
            return ApiProblems.Invalid("The shortlist was not changed.", errors);

        // The shortlist belongs to an opening's applications; a report shared with the company directly has none.
        if (await ApplicationAsync(user, consents, shortlists, l, id, cancellation) is not { OpeningId: { } openingId })
            return ApiProblems.NotFound();
        if (change!.Status is { } moveTo && !await shortlists.MoveAsync(user, openingId, id, moveTo, cancellation))
            return ApiProblems.NotFound();
        if (change.Note is not null && !await shortlists.WriteNoteAsync(user, openingId, id, change.Note, cancellation))
            return ApiProblems.NotFound();
        return TypedResults.Ok(await ApplicationAsync(user, consents, shortlists, l, id, cancellation));
    }

    private static async Task<ApplicationResource?> ApplicationAsync(ClaimsPrincipal user, CompanyConsents consents, Shortlists shortlists,
        IStringLocalizer l, Guid id, CancellationToken cancellation)
    {
        var companyId = user.CompanyId();
        if ((await consents.ListAsync(companyId, cancellation)).SingleOrDefault(r => r.ConsentId == id) is not { } row)
            return null;
        var entries = await shortlists.OfAsync(companyId, [id], cancellation);
        return ResourceOf(row, entries.GetValueOrDefault(id), l);
    }

    private static ApplicationResource ResourceOf(ConsentRow row, ShortlistEntry? entry, IStringLocalizer l)
    {
        var status = entry?.Status ?? ShortlistStatus.New;
        return new ApplicationResource(row.ConsentId, row.OpeningId, row.BookId, row.SharedName, row.GrantedAt, row.ExpiresAt,
            row.State, StateLabel(row.State, l), status, l[status.ToString()], entry?.Note ?? "");
    }

    public static string StateLabel(ConsentState state, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return state switch
        {
            ConsentState.InForce => l["In force"],
            ConsentState.Revoked => l["Revoked"],
            ConsentState.Expired => l["Expired"],
            _ => l["Withdrawn"],
        };
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PortfolioEval.Api;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Api;

/// <summary><c>/api/v1/openings</c>: the company's openings, through the same service as the recruiter pages.</summary>
public static class OpeningsEndpoints
{
    private const int TextMaxLength = 200;

    public static void MapOpenings(this RouteGroupBuilder api)
    {
        var openings = api.MapGroup("/openings").WithTags("Openings");
        openings.MapGet("", ListAsync).RequireAuthorization(ApiPolicies.For(ApiScope.ReadOpenings))
            .WithName("ListOpenings").WithSummary("List the company's openings, newest first.")
            .Produces<Page<OpeningResource>>().ProducesProblem(StatusCodes.Status400BadRequest);
        openings.MapGet("/{id:guid}", ReadAsync).RequireAuthorization(ApiPolicies.For(ApiScope.ReadOpenings))
            .WithName("GetOpening").WithSummary("Read one opening.")
            .Produces<OpeningResource>().ProducesProblem(StatusCodes.Status404NotFound);
        openings.MapPost("", CreateAsync).RequireAuthorization(ApiPolicies.For(ApiScope.WriteOpenings))
            .WithName("CreateOpening").WithSummary("Publish a new opening.")
            .Produces<OpeningResource>(StatusCodes.Status201Created).ProducesValidationProblem();
        openings.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(ApiPolicies.For(ApiScope.WriteOpenings))
            .WithName("CloseOpening").WithSummary("Close an opening: it takes no more applications; those it has stay.")
            .Produces<OpeningResource>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ClaimsPrincipal user, CompanyOpenings openings,
        IStringLocalizer<SharedResource> l, string? cursor, int? limit, CancellationToken cancellation)
    {
        var page = ApiPaging.PageOf(await openings.ListAsync(user.CompanyId(), cancellation), o => (o.CreatedAt, o.Id), cursor, limit, o => ResourceOf(o, l));
        return page is null ? ApiPaging.BadPage() : ApiJson.Ok(http, page);
    }

    private static async Task<IResult> ReadAsync(HttpContext http, ClaimsPrincipal user, CompanyOpenings openings,
        IStringLocalizer<SharedResource> l, Guid id, CancellationToken cancellation) =>
        await openings.FindAsync(user.CompanyId(), id, cancellation) is { } opening ? ApiJson.Ok(http, ResourceOf(opening, l)) : ApiProblems.NotFound();

    private static async Task<IResult> CreateAsync(ClaimsPrincipal user, CompanyOpenings openings, IStringLocalizer<SharedResource> l,
        TimeProvider clock, NewOpening input, CancellationToken cancellation)
    {
        if (Problems(input) is { Count: > 0 } errors)
            return ApiProblems.Invalid("The opening was not published.", errors);
        var opening = new Opening(user.CompanyId(), input.Title!, input.Location ?? "", clock.GetUtcNow());
        opening.Describe(input.Title!, input.Location ?? "", input.SectorCodes ?? [],
            input.TargetDealSize?.Amount, input.TargetDealSize?.Currency);
        openings.Add(opening);
        await openings.SaveAsync(cancellation);
        return TypedResults.Created($"/api/v1/openings/{opening.Id}", ResourceOf(opening, l));
    }

    private static async Task<IResult> CloseAsync(HttpContext http, ClaimsPrincipal user, CompanyOpenings openings,
        IStringLocalizer<SharedResource> l, Guid id, CancellationToken cancellation)
    {
        if (await openings.FindAsync(user.CompanyId(), id, cancellation) is not { } opening)
            return ApiProblems.NotFound();
        opening.Close();
        await openings.SaveAsync(cancellation);
        return ApiJson.Ok(http, ResourceOf(opening, l));
    }

    /// <summary>Every field wrong at once, by its JSON name.</summary>
    private static Dictionary<string, string[]> Problems(NewOpening? input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input?.Title) || input.Title.Trim().Length > TextMaxLength)
            errors["title"] = [$"A title of 1 to {TextMaxLength} characters is required."];
        if (input?.Location?.Trim().Length > TextMaxLength)
            errors["location"] = [$"A location has at most {TextMaxLength} characters."];
        var unknown = (input?.SectorCodes ?? []).Where(c => string.IsNullOrWhiteSpace(c) || IsicTaxonomy.Instance.Find(c) is null).ToList();
        if (unknown.Count > 0)
            errors["sectorCodes"] = [$"Not ISIC Rev.4 codes: {string.Join(", ", unknown)}."];
        if (input?.TargetDealSize is { } target && (target.Amount <= 0 || target.Currency is null || target.Currency.Length != 3 || !target.Currency.All(char.IsAsciiLetter)))
            errors["targetDealSize"] = ["A target deal size needs an amount above zero and a three-letter ISO 4217 currency, such as PEN or USD."];
        return errors;
    }

    public static OpeningResource ResourceOf(Opening opening, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(l);
        return new OpeningResource(opening.Id, opening.Title, opening.Location, opening.SectorCodes,
            opening.TargetDealSize is { } size ? new Money(size, opening.TargetCurrency) : null,
            opening.IsOpen, opening.IsOpen ? l["Open"] : l["Closed"], opening.CreatedAt);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PortfolioEval.Consent;

/// <summary>
/// The resource-based authorization handler for reports: it loads what <see cref="ReportAccess.Decide"/> needs from
/// the database and asks it. Only the user's id is taken from the cookie; roles and company are read each time.
/// A page that must log the access calls <see cref="DecideAsync"/> to learn which consent let the recruiter in.
/// </summary>
/// <remarks>Register it scoped, like the DbContext behind <see cref="IReportAccessData"/>.</remarks>
public sealed class ReportAccessHandler(IReportAccessData data, TimeProvider clock)
    : AuthorizationHandler<ReportAccessRequirement, ReportResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ReportAccessRequirement requirement, ReportResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        var decision = await DecideAsync(context.User, resource, CancellationToken.None);
        if (decision.IsAllowed)
            context.Succeed(requirement);
    }

    public async Task<ReportAccessDecision> DecideAsync(ClaimsPrincipal user, ReportResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(resource);

        var owner = await data.FindBookOwnerAsync(resource.BookId, cancellationToken);
        if (owner is null)
            return ReportAccessDecision.NotFound;

        // ASP.NET Core Identity puts the user's id in NameIdentifier (ClaimsIdentityOptions.UserIdClaimType).
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var reader = string.IsNullOrEmpty(userId) ? null : await data.FindReaderAsync(userId, cancellationToken);
        if (reader is null)
            return ReportAccessDecision.NotFound;

        var consents = await data.ConsentsForBookAsync(resource.BookId, cancellationToken);
        return ReportAccess.Decide(new ReportAccessRequest(
            UserId: userId,
            Roles: reader.Roles,
            UserCompanyId: reader.CompanyId,
            ReportCandidateId: owner,
            BookId: resource.BookId,
            Consents: consents,
            Now: clock.GetUtcNow()));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PortfolioEval.Web.Recruiting;

/// <summary>A page of <c>/Recruiter</c> only a member of a hiring company opens; anyone else is sent to join one.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CompanyMemberAttribute : Attribute;

/// <summary>A page only the company's admins open: a recruiter without a company is sent to join one, any other gets 403.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CompanyAdminAttribute : Attribute;

/// <summary>
/// Loads the signed-in recruiter's membership once a request for every page of <c>/Recruiter</c>, from the database
/// (never from the cookie: a recruiter removed a moment ago has no company on the next request), and turns away whoever
/// the page's <see cref="CompanyMemberAttribute"/> or <see cref="CompanyAdminAttribute"/> does not admit. Pages read it
/// with <see cref="CompanyMembership.Membership"/>.
/// </summary>
public sealed class CompanyMembershipFilter(CompanyTeams teams) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var member = await teams.MembershipAsync(http.User, http.RequestAborted);
        CompanyMembership.Set(http, member);

        var page = context.HandlerInstance.GetType();
        var forAdmins = page.IsDefined(typeof(CompanyAdminAttribute), inherit: false);
        if ((forAdmins || page.IsDefined(typeof(CompanyMemberAttribute), inherit: false)) && member is null)
            context.Result = new RedirectToPageResult("/Recruiter/Join");
        else if (forAdmins && member is { IsCompanyAdmin: false })
            context.Result = new ForbidResult();
        else
            await next();
    }
}

public static class CompanyMembership
{
    private static readonly object Key = new();

    /// <summary>
    /// The membership <see cref="CompanyMembershipFilter"/> loaded for this request: null when the recruiter belongs to
    /// no company; never null on a page marked <see cref="CompanyMemberAttribute"/> or <see cref="CompanyAdminAttribute"/>.
    /// </summary>
    public static Membership? Membership(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var member) ? (Membership?)member : null;
    }

    /// <summary>On a page marked <see cref="CompanyMemberAttribute"/> or <see cref="CompanyAdminAttribute"/>: the recruiter's membership.</summary>
    public static Membership CompanyMember(this HttpContext context) =>
        context.Membership() ?? throw new InvalidOperationException("The page is not marked [CompanyMember] or [CompanyAdmin], or not under /Recruiter.");

    internal static void Set(HttpContext context, Membership? member) => context.Items[Key] = member;
}

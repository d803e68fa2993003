using Microsoft.AspNetCore.Mvc.ApplicationModels;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Hosting;

/// <summary>Which role may open which folder of pages: the whole page-level access table in one place.</summary>
public static class AuthorizationSetup
{
    public static IServiceCollection AddPortfolioAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Candidate, p => p.RequireRole(Roles.Candidate))
            .AddPolicy(Roles.Recruiter, p => p.RequireRole(Roles.Recruiter))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        return services;
    }

    public static void AuthorizeRoleFolders(this PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Candidate", Roles.Candidate);
        pages.AuthorizeFolder("/Recruiter", Roles.Recruiter);
        pages.AuthorizeFolder("/Admin", Roles.Admin);
        pages.AuthorizeFolder("/Notifications");
        pages.AuthorizePage("/Account/Logout");
    }
}

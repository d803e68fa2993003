using Microsoft.AspNetCore.Identity;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Hosting;

public static class IdentitySetup
{
    public const int MaxFailedAccessAttempts = 5;

    public static IServiceCollection AddPortfolioIdentity(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashing.Iterations);
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortfolioDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            // A plain 403, shown by the status-code page, rather than a redirect to a page that says the same.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // The stamp on every request: logout and a password reset end every copy of the session at once.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Cookie.Name = "PortfolioEval.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountLinks>();
        services.AddHttpContextAccessor();
        return services;
    }
}

using Microsoft.Extensions.Options;
using PortfolioEval.Web.Hosting;
using PortfolioEval.Web.Startup;
using PortfolioEval.Web.Storage;

// Paths first: the web root and the data folder sit at the repository root in a clone.
var arguments = CommandLine.Normalize(args);
var contentRoot = Directory.GetCurrentDirectory();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = arguments,
    WebRootPath = PortfolioPaths.WebRoot(contentRoot),
});
var dataPath = PortfolioPaths.DataDirectory(builder.Environment.ContentRootPath, builder.Configuration[PortfolioPaths.DataDirectoryKey]);

// Services, one area a line.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortfolioDatabase(builder.Configuration, dataPath);
builder.Services.AddPortfolioDataProtection(builder.Configuration, dataPath);
builder.Services.AddPortfolioIdentity();
builder.Services.AddPortfolioAuthorization();
builder.Services.AddPortfolioLinks(builder.Configuration);
builder.Services.AddPortfolioEmail(builder.Configuration, dataPath);
builder.Services.AddPortfolioLocalization();
builder.Services.AddPortfolioStorage();
builder.Services.AddPortfolioPrivacy();
builder.Services.AddPortfolioSectors();
builder.Services.AddPortfolioScoring();
builder.Services.AddPortfolioBooks(builder.Configuration);
builder.Services.AddPortfolioConsent(builder.Configuration);
builder.Services.AddPortfolioRecruiting();
builder.Services.AddPortfolioWebhooks(builder.Configuration);
builder.Services.AddPortfolioApi(builder.Configuration);
builder.Services.AddPortfolioNotifications();
builder.Services.AddPortfolioMessaging();
builder.Services.AddPortfolioRetention(builder.Configuration);
builder.Services.AddPortfolioStartupTasks(builder.Configuration);
builder.Services.AddPortfolioPages();
builder.Services.AddPortfolioProxy(builder.Configuration);

var app = builder.Build();

// Key ring check, schema, roles, first admin and demo data before the first request.
await app.PrepareAsync();

// The request pipeline: first what a trusted proxy says about the request (HTTPS, the client's address).
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseCookiePolicy();
app.UseSecurityHeaders();
app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHealthChecks("/health");
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(DatabaseSetup.ReadinessTag) });
app.MapRazorPages();
app.MapPortfolioApi();

await app.RunAsync();

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Api;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Currencies;
using PortfolioEval.Messaging;
using PortfolioEval.Notifications;
using PortfolioEval.Privacy;
using PortfolioEval.Recruiting;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Data;

/// <summary>
/// The one database of the portal. Provider-neutral: nothing here is SQLite- or PostgreSQL-specific; each provider
/// has its own migrations assembly (ADR-002).
/// </summary>
public class PortfolioDbContext(DbContextOptions<PortfolioDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<HiringCompany> HiringCompanies => Set<HiringCompany>();
    public DbSet<ClientBook> ClientBooks => Set<ClientBook>();
    public DbSet<PendingUpload> PendingUploads => Set<PendingUpload>();
    public DbSet<SavedMapping> SavedMappings => Set<SavedMapping>();
    public DbSet<BookContent> BookContents => Set<BookContent>();
    public DbSet<CandidateKey> CandidateKeys => Set<CandidateKey>();
    public DbSet<ClientLabel> ClientLabels => Set<ClientLabel>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Opening> Openings => Set<Opening>();
    public DbSet<CandidateConsent> Consents => Set<CandidateConsent>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<SharedReport> SharedReports => Set<SharedReport>();
    public DbSet<ShortlistEntry> Shortlist => Set<ShortlistEntry>();
    public DbSet<RetentionPolicy> RetentionPolicy => Set<RetentionPolicy>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The DataProtection key ring when the nodes share PostgreSQL; each key encrypted under the master key.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ApplicationMessage> Messages => Set<ApplicationMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortfolioDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks, which every provider orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;
using PortfolioEval.Api;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Data;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("ApiKeys");
        key.HasKey(k => k.Id);
        key.HasOne<HiringCompany>().WithMany().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Cascade);
        key.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        key.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
        key.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        key.Property(k => k.CreatedBy).HasMaxLength(450).IsRequired();
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => k.CompanyId);
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> endpoint)
    {
        endpoint.ToTable("WebhookEndpoints");
        endpoint.HasKey(e => e.Id);
        endpoint.HasOne<HiringCompany>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        endpoint.Property(e => e.Url).HasMaxLength(WebhookUrl.MaxLength).IsRequired();
        endpoint.Property(e => e.ProtectedSecret).HasMaxLength(1000).IsRequired();
        endpoint.Property(e => e.CreatedBy).HasMaxLength(450).IsRequired();
        endpoint.HasIndex(e => e.CompanyId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("WebhookDeliveries");
        delivery.HasKey(d => d.Id);
        delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        delivery.Property(d => d.Payload).HasMaxLength(2000).IsRequired();
        delivery.Property(d => d.DedupeKey).HasMaxLength(100);
        delivery.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        // The worker's question: what is due now, unclaimed.
        delivery.HasIndex(d => d.NextAttemptAt);
        delivery.HasIndex(d => new { d.EndpointId, d.CreatedAt });
        delivery.HasIndex(d => new { d.EndpointId, d.DedupeKey }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Consent;
using PortfolioEval.Messaging;
using PortfolioEval.Notifications;

namespace PortfolioEval.Data;

internal sealed class ApplicationMessageConfiguration : IEntityTypeConfiguration<ApplicationMessage>
{
    public void Configure(EntityTypeBuilder<ApplicationMessage> message)
    {
        message.ToTable("Messages");
        message.HasKey(m => m.Id);
        // The thread goes with the application's consent row only if that row goes; erasure deletes it by candidate.
        message.HasOne<CandidateConsent>().WithMany().HasForeignKey(m => m.ConsentId).OnDelete(DeleteBehavior.Cascade);
        message.Property(m => m.CandidateId).HasMaxLength(450).IsRequired();
        message.Property(m => m.AuthorId).HasMaxLength(450).IsRequired();
        message.Property(m => m.Body).HasMaxLength(ApplicationMessage.BodyMaxLength).IsRequired();
        message.HasIndex(m => new { m.ConsentId, m.SentAt });
        message.HasIndex(m => m.CandidateId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        notification.Property(n => n.Detail).HasMaxLength(Notification.DetailMaxLength).IsRequired();
        notification.HasIndex(n => new { n.UserId, n.CreatedAt });
        notification.HasIndex(n => n.ConsentId);
    }
}

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> optOut)
    {
        optOut.ToTable("NotificationOptOuts");
        optOut.HasKey(o => new { o.UserId, o.Kind });
        optOut.Property(o => o.UserId).HasMaxLength(450);
        optOut.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;

namespace PortfolioEval.Data;

internal sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> opening)
    {
        opening.ToTable("Openings");
        opening.HasKey(o => o.Id);
        opening.HasOne<HiringCompany>().WithMany().HasForeignKey(o => o.CompanyId).OnDelete(DeleteBehavior.Restrict);
        opening.Property(o => o.Title).HasMaxLength(Opening.TitleMaxLength).IsRequired();
        opening.Property(o => o.Description).HasMaxLength(Opening.TextMaxLength).IsRequired();
        opening.Property(o => o.Requirements).HasMaxLength(Opening.TextMaxLength).IsRequired();
        opening.Property(o => o.Location).HasMaxLength(200).IsRequired();
        opening.Property(o => o.TargetCurrency).HasMaxLength(3);
        opening.Property(o => o.PublicCode).HasMaxLength(16).IsRequired();
        opening.HasIndex(o => o.PublicCode).IsUnique();
        opening.HasIndex(o => new { o.CompanyId, o.IsOpen });
    }
}

internal sealed class CandidateConsentConfiguration : IEntityTypeConfiguration<CandidateConsent>
{
    public void Configure(EntityTypeBuilder<CandidateConsent> consent)
    {
        consent.ToTable("Consents");
        consent.HasKey(c => c.Id);
        // No cascade from the candidate or the book: an erased candidate's consents stay, withdrawn, so the company
        // sees "candidate withdrew" instead of a report that silently vanished.
        consent.HasOne<HiringCompany>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        consent.HasOne<Opening>().WithMany().HasForeignKey(c => c.OpeningId).OnDelete(DeleteBehavior.Restrict);
        consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
        consent.Property(c => c.PrivacyNoticeVersion).HasMaxLength(40);
        consent.Property(c => c.SharedName).HasMaxLength(CandidateConsent.SharedNameMaxLength).IsRequired();
        consent.Ignore(c => c.CandidateWithdrawn);
        consent.Ignore(c => c.Contact);
        consent.Property(c => c.SharedEmail).HasMaxLength(ContactShare.EmailMaxLength);
        consent.Property(c => c.SharedPhone).HasMaxLength(ContactShare.PhoneMaxLength);
        consent.Property(c => c.SharedLinkedInUrl).HasMaxLength(ContactShare.LinkedInUrlMaxLength);
        // The expiry reminder's search: in force (not revoked or withdrawn), not yet reminded, by end date.
        consent.HasIndex(c => new { c.ExpiresAt, c.ExpiryRemindedAt });
        consent.HasIndex(c => c.BookId);
        consent.HasIndex(c => new { c.CandidateId, c.GrantedAt });
        consent.HasIndex(c => new { c.CompanyId, c.OpeningId });
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> entry)
    {
        entry.ToTable("AccessLog");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.ApiKeyName).HasMaxLength(Api.ApiKey.NameMaxLength);
        entry.HasIndex(e => new { e.CandidateId, e.At });
        entry.HasIndex(e => new { e.CompanyId, e.At });
    }
}

internal sealed class SharedReportConfiguration : IEntityTypeConfiguration<SharedReport>
{
    public void Configure(EntityTypeBuilder<SharedReport> report)
    {
        report.ToTable("SharedReports");
        report.HasKey(r => r.ConsentId);
        report.HasOne<CandidateConsent>().WithOne().HasForeignKey<SharedReport>(r => r.ConsentId).OnDelete(DeleteBehavior.Cascade);
        report.Property(r => r.Currency).HasMaxLength(3);
        report.Property(r => r.Country).HasMaxLength(BookCountry.MaxLength);
    }
}

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> entry)
    {
        entry.ToTable("Shortlist");
        entry.HasKey(e => e.ConsentId);
        entry.HasOne<CandidateConsent>().WithOne().HasForeignKey<ShortlistEntry>(e => e.ConsentId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<HiringCompany>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Opening>().WithMany().HasForeignKey(e => e.OpeningId).OnDelete(DeleteBehavior.Restrict);
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Note).HasMaxLength(ShortlistEntry.NoteMaxLength).IsRequired();
        // A recruiter's account may be erased while the company keeps its records: an id, not a foreign key (as in the access log).
        entry.Property(e => e.UpdatedBy).HasMaxLength(450).IsRequired();
        entry.HasIndex(e => new { e.CompanyId, e.OpeningId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;
using PortfolioEval.Books;

namespace PortfolioEval.Data;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.ToTable("ImportJobs");
        job.HasKey(j => j.Id);
        // Erasing the account takes its jobs along. The upload is no foreign key: it is deleted when its import succeeds.
        job.HasOne<ApplicationUser>().WithMany().HasForeignKey(j => j.CandidateId).OnDelete(DeleteBehavior.Cascade);
        job.HasIndex(j => new { j.State, j.CreatedAt });
        job.HasIndex(j => new { j.CandidateId, j.State });
        // One import at a time for an upload, even when two confirmations race: the second insert fails here.
        job.HasIndex(j => j.UploadId).IsUnique().HasFilter("\"State\" IN ('Queued', 'Running')").HasDatabaseName("IX_ImportJobs_UploadId_Active");
        job.Property(j => j.CultureName).HasMaxLength(10);
        job.Property(j => j.DateOrder).HasConversion<string>().HasMaxLength(12);
        job.Property(j => j.DollarSignCurrency).HasMaxLength(3);
        job.Property(j => j.BookCurrency).HasMaxLength(3);
        job.Property(j => j.BulkOrigin).HasConversion<string>().HasMaxLength(10);
        job.Property(j => j.State).HasConversion<string>().HasMaxLength(10);
        job.Property(j => j.Phase).HasConversion<string>().HasMaxLength(12);
        job.Property(j => j.Failure).HasConversion<string>().HasMaxLength(12);
        job.Property(j => j.BookError).HasConversion<string>().HasMaxLength(24);
        job.Property(j => j.LeaseOwner).HasMaxLength(200);
        job.Property(j => j.Version).IsConcurrencyToken();
        job.Ignore(j => j.IsActive);
        job.Ignore(j => j.CanRetry);
        job.Ignore(j => j.Percent);
        job.OwnsMany(j => j.Fields, f => f.ToJson());
        job.Navigation(j => j.Fields).HasField("_fields");
    }
}

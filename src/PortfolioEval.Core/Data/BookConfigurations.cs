using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;
using PortfolioEval.Books;

namespace PortfolioEval.Data;

internal sealed class ClientBookConfiguration : IEntityTypeConfiguration<ClientBook>
{
    public void Configure(EntityTypeBuilder<ClientBook> book)
    {
        book.ToTable("ClientBooks");
        book.HasKey(b => b.Id);
        book.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.CandidateId).OnDelete(DeleteBehavior.Cascade);
        book.HasIndex(b => new { b.CandidateId, b.ImportedAt });
        book.Property(b => b.Format).HasConversion<string>().HasMaxLength(10);
        book.Property(b => b.SheetName).HasMaxLength(100);
        book.Property(b => b.Label).HasMaxLength(ClientBook.LabelMaxLength);
        book.Ignore(b => b.RowsImported);
        // Small lists that are always read with their book: JSON columns, no extra tables.
        book.OwnsMany(b => b.Coverage, c => c.ToJson());
        book.OwnsMany(b => b.Totals, t => t.ToJson());
        book.OwnsMany(b => b.RejectionReasons, r => r.ToJson());
        book.OwnsMany(b => b.Pipeline, p => p.ToJson());
        book.Navigation(b => b.Coverage).HasField("_coverage");
        book.Navigation(b => b.Totals).HasField("_totals");
        book.Navigation(b => b.RejectionReasons).HasField("_reasons");
        book.Navigation(b => b.Pipeline).HasField("_pipeline");
    }
}

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> upload)
    {
        upload.ToTable("PendingUploads");
        upload.HasKey(u => u.Id);
        upload.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.CandidateId).OnDelete(DeleteBehavior.Cascade);
        upload.HasIndex(u => u.CreatedAt);
        upload.Property(u => u.Format).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class SavedMappingConfiguration : IEntityTypeConfiguration<SavedMapping>
{
    public void Configure(EntityTypeBuilder<SavedMapping> mapping)
    {
        mapping.ToTable("SavedMappings");
        mapping.HasKey(m => m.Id);
        mapping.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Cascade);
        mapping.HasIndex(m => new { m.CandidateId, m.HeaderSignature }).IsUnique();
        mapping.Property(m => m.HeaderSignature).HasMaxLength(64);
        mapping.Ignore(m => m.Fields);
        mapping.OwnsMany(m => m.Columns, c => c.ToJson());
        mapping.Navigation(m => m.Columns).HasField("_columns");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Data;

internal sealed class CandidateKeyConfiguration : IEntityTypeConfiguration<CandidateKey>
{
    public void Configure(EntityTypeBuilder<CandidateKey> key)
    {
        key.ToTable("CandidateKeys");
        key.HasKey(k => k.CandidateId);
        key.HasOne<ApplicationUser>().WithOne().HasForeignKey<CandidateKey>(k => k.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClientLabelConfiguration : IEntityTypeConfiguration<ClientLabel>
{
    public void Configure(EntityTypeBuilder<ClientLabel> label)
    {
        label.ToTable("ClientLabels");
        label.HasKey(l => l.Id);
        label.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.CandidateId).OnDelete(DeleteBehavior.Cascade);
        label.Property(l => l.ClientPseudonym).HasMaxLength(Pseudonyms.Length);
        label.HasIndex(l => new { l.CandidateId, l.ClientPseudonym }).IsUnique();
        label.HasIndex(l => new { l.CandidateId, l.Number }).IsUnique();
    }
}

internal sealed class BookContentConfiguration : IEntityTypeConfiguration<BookContent>
{
    public void Configure(EntityTypeBuilder<BookContent> content)
    {
        content.ToTable("BookContents");
        content.HasKey(c => new { c.BookId, c.Kind });
        content.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        content.HasOne<ClientBook>().WithMany().HasForeignKey(c => c.BookId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RetentionPolicyConfiguration : IEntityTypeConfiguration<RetentionPolicy>
{
    public void Configure(EntityTypeBuilder<RetentionPolicy> policy)
    {
        policy.ToTable("RetentionPolicy");
        policy.HasKey(p => p.Id);
        policy.Property(p => p.Id).ValueGeneratedNever();
        policy.HasData(RetentionPolicy.Default());
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Accounts;

namespace PortfolioEval.Data;

internal sealed class HiringCompanyConfiguration : IEntityTypeConfiguration<HiringCompany>
{
    public void Configure(EntityTypeBuilder<HiringCompany> company)
    {
        company.ToTable("HiringCompanies");
        company.HasKey(c => c.Id);
        company.Property(c => c.Name).HasMaxLength(HiringCompany.NameMaxLength).IsRequired();
        company.Property(c => c.Country).HasMaxLength(HiringCompany.CountryMaxLength).IsRequired();
        company.Property(c => c.Sector).HasMaxLength(HiringCompany.SectorMaxLength).IsRequired();
        company.Property(c => c.InvitationCode).HasMaxLength(HiringCompany.InvitationCodeLength).IsRequired();
        company.HasIndex(c => c.InvitationCode).IsUnique();
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
        user.Property(u => u.Language).HasMaxLength(ApplicationUser.LanguageMaxLength);
        user.HasOne(u => u.HiringCompany)
            .WithMany()
            .HasForeignKey(u => u.HiringCompanyId)
            .OnDelete(DeleteBehavior.Restrict);
        user.HasIndex(u => u.LastActiveAt);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortfolioEval.Currencies;

namespace PortfolioEval.Data;

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> rate)
    {
        rate.ToTable("ExchangeRates");
        rate.HasKey(r => r.Id);
        rate.Property(r => r.Currency).HasMaxLength(3).IsRequired();
        rate.Property(r => r.Source).HasMaxLength(ExchangeRate.SourceMaxLength).IsRequired();
        // One rate a currency a day: adding another for the same day replaces it (see the rates page).
        rate.HasIndex(r => new { r.Currency, r.On }).IsUnique();
        // The reference rates ship with the database, so a fresh portal converts from its first report.
        rate.HasData(ReferenceRates.All);
    }
}

using System.Security.Cryptography;
using PortfolioEval.Consent;

namespace PortfolioEval.Recruiting;

/// <summary>A position a hiring company is filling (<i>vacante</i>), with what it asks of a client book.</summary>
public class Opening : IAppliedOpening
{
    // For EF Core.
    private Opening() { }

    public Opening(Guid companyId, string title, string location, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = Guid.NewGuid();
        CompanyId = companyId;
        Title = title.Trim();
        Location = location?.Trim() ?? "";
        CreatedAt = createdAt;
        PublicCode = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        IsOpen = true;
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Title { get; private set; } = "";
    public string Location { get; private set; } = "";
    /// <summary>ISIC Rev.4 codes (any level) the opening's sector relevance is scored against.</summary>
    public string[] SectorCodes { get; private set; } = [];
    public decimal? TargetDealSize { get; private set; }
    public string? TargetCurrency { get; private set; }
    public double FreshnessWeight { get; private set; } = 0.35;
    public double RelevanceWeight { get; private set; } = 0.25;
    public double DealValueWeight { get; private set; } = 0.25;
    public double QualityWeight { get; private set; } = 0.15;
    public bool IsOpen { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The code in the opening's public link; not a secret (the page shows only what the company publishes).</summary>
    public string PublicCode { get; private set; } = "";

    public void Describe(string title, string location, IEnumerable<string> sectorCodes, decimal? targetDealSize, string? targetCurrency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(sectorCodes);
        Title = title.Trim();
        Location = location?.Trim() ?? "";
        SectorCodes = [.. sectorCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        TargetDealSize = targetDealSize is > 0 ? targetDealSize : null;
        TargetCurrency = TargetDealSize is null ? null : targetCurrency?.Trim().ToUpperInvariant();
    }

    public void Weigh(double freshness, double relevance, double dealValue, double quality)
    {
        if (new[] { freshness, relevance, dealValue, quality }.Any(w => w < 0 || !double.IsFinite(w)) || freshness + relevance + dealValue + quality <= 0)
            throw new ArgumentException("Weights must be non-negative and not all zero.");
        (FreshnessWeight, RelevanceWeight, DealValueWeight, QualityWeight) = (freshness, relevance, dealValue, quality);
    }

    public void Close() => IsOpen = false;

    public void Reopen() => IsOpen = true;
}

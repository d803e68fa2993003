using System.Security.Cryptography;
using PortfolioEval.Consent;

namespace PortfolioEval.Recruiting;

/// <summary>A position a hiring company is filling (<i>vacante</i>), with what it asks of a client book.</summary>
public class Opening : IAppliedOpening
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

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
    /// <summary>The company's switch: closed by hand, it takes no applications whatever the date.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>What the job is, as the company writes it for the public board; empty when none.</summary>
    public string Description { get; private set; } = "";

    /// <summary>What the company asks of a candidate, in its words; empty when none.</summary>
    public string Requirements { get; private set; } = "";

    /// <summary>The last day (UTC) applications are taken; null for no set date.</summary>
    public DateOnly? ClosesOn { get; private set; }

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

    /// <summary>The public board's texts (line breaks kept as one kind) and the closing date; blank texts are "none".</summary>
    public void Publish(string? description, string? requirements, DateOnly? closesOn)
    {
        var text = (Description: Text(description), Requirements: Text(requirements));
        if (text.Description.Length > TextMaxLength || text.Requirements.Length > TextMaxLength)
            throw new ArgumentException($"A description or requirements have at most {TextMaxLength} characters.");
        (Description, Requirements, ClosesOn) = (text.Description, text.Requirements, closesOn);
    }

    /// <summary>Open by the company's switch and not past its closing date on <paramref name="today"/> (the closing day itself counts).</summary>
    public bool TakesApplicationsOn(DateOnly today) => IsOpen && (ClosesOn is null || today <= ClosesOn);

    /// <summary>As stored: trimmed, with one kind of line break (a browser sends two characters for each).</summary>
    public static string Text(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";

    public void Weigh(double freshness, double relevance, double dealValue, double quality)
    {
        if (new[] { freshness, relevance, dealValue, quality }.Any(w => w < 0 || !double.IsFinite(w)) || freshness + relevance + dealValue + quality <= 0)
            throw new ArgumentException("Weights must be non-negative and not all zero.");
        (FreshnessWeight, RelevanceWeight, DealValueWeight, QualityWeight) = (freshness, relevance, dealValue, quality);
    }

    public void Close() => IsOpen = false;

    public void Reopen() => IsOpen = true;
}

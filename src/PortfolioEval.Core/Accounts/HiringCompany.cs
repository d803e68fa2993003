using System.Security.Cryptography;

namespace PortfolioEval.Accounts;

/// <summary>
/// A company that hires salespeople: the tenant recruiters belong to. Recruiters join an existing company only
/// with its invitation code, which the company admin hands out and can renew.
/// </summary>
public class HiringCompany
{
    public const int NameMaxLength = 200;
    public const int CountryMaxLength = 100;
    public const int SectorMaxLength = 200;
    public const int InvitationCodeLength = 24;

    // For EF Core.
    private HiringCompany() { }

    public HiringCompany(string name, string country, string sector, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        Id = Guid.NewGuid();
        Name = name.Trim();
        Country = country.Trim();
        Sector = sector?.Trim() ?? "";
        CreatedAt = createdAt;
        InvitationCode = NewInvitationCode();
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Country { get; private set; } = "";

    /// <summary>The company admin corrects how the company is named, or where it is.</summary>
    public void Rename(string name, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        if (name.Trim().Length > NameMaxLength)
            throw new ArgumentException("The company name is too long.", nameof(name));
        if (country.Trim().Length > CountryMaxLength)
            throw new ArgumentException("The country is too long.", nameof(country));
        Name = name.Trim();
        Country = country.Trim();
    }

    /// <summary>The sector as the company described itself at registration, in its own words.</summary>
    public string Sector { get; private set; } = "";

    /// <summary>ISIC Rev.4 codes (any level) the company works in: what its openings' sector relevance starts from.</summary>
    public string[] SectorCodes { get; private set; } = [];

    /// <summary>The company's sectors, chosen from the taxonomy by its admin (codes already checked to exist).</summary>
    public void ChooseSectors(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        SectorCodes = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Secret that lets a new recruiter join; whoever holds it can join, so it is long and renewable.</summary>
    public string InvitationCode { get; private set; } = "";

    public bool Accepts(string? invitationCode) =>
        invitationCode is not null
        && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(InvitationCode),
            System.Text.Encoding.ASCII.GetBytes(invitationCode.Trim()));

    public void RenewInvitationCode() => InvitationCode = NewInvitationCode();

    private static string NewInvitationCode() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(InvitationCodeLength / 2));
}

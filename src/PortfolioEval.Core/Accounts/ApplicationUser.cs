using Microsoft.AspNetCore.Identity;

namespace PortfolioEval.Accounts;

/// <summary>A person with an account: a candidate, a recruiter of one hiring company, or an admin.</summary>
public class ApplicationUser : IdentityUser
{
    // For EF Core.
    private ApplicationUser() { }

    public ApplicationUser(string email, string displayName, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        UserName = email;
        Email = email;
        DisplayName = displayName.Trim();
        CreatedAt = createdAt;
        LastActiveAt = createdAt;
    }

    /// <summary>The name the person chose to show; for candidates, what recruiters see.</summary>
    public string DisplayName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the person last signed in; what the retention job measures inactivity from.</summary>
    public DateTimeOffset LastActiveAt { get; private set; }

    /// <summary>When the retention job warned that the account's books will be erased; cleared by signing in.</summary>
    public DateTimeOffset? RetentionWarnedAt { get; private set; }

    /// <summary>The person signed in: the inactivity clock starts again and any retention warning no longer stands.</summary>
    public void MarkActive(DateTimeOffset now)
    {
        LastActiveAt = now;
        RetentionWarnedAt = null;
    }

    public void MarkRetentionWarned(DateTimeOffset now) => RetentionWarnedAt ??= now;

    /// <summary>The language the person last used on the portal ("es", "en"): what their emails are written in.</summary>
    public string? Language { get; private set; }

    public const int LanguageMaxLength = 16;

    public void Speaks(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(language.Length, LanguageMaxLength, nameof(language));
        Language = language;
    }

    /// <summary>Set for recruiters and company admins only.</summary>
    public Guid? HiringCompanyId { get; private set; }

    public HiringCompany? HiringCompany { get; private set; }

    public void JoinCompany(HiringCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (HiringCompanyId is not null && HiringCompanyId != company.Id)
            throw new InvalidOperationException("A recruiter belongs to one hiring company.");
        HiringCompany = company;
        HiringCompanyId = company.Id;
    }

    /// <summary>Removed from the company by its admin: from the next request on, nothing of the company is theirs to see.</summary>
    public void LeaveCompany()
    {
        HiringCompany = null;
        HiringCompanyId = null;
    }
}

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
    }

    /// <summary>The name the person chose to show; for candidates, what recruiters see.</summary>
    public string DisplayName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

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
}

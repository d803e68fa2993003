using PortfolioEval.Accounts;

namespace PortfolioEval.Tests.Accounts;

public class HiringCompanyTests
{
    private static HiringCompany NewCompany() => new("  Minera Andina  ", "Chile", "Minería", DateTimeOffset.UnixEpoch);

    [Fact]
    public void New_TrimsAndIssuesALongInvitationCode()
    {
        var company = NewCompany();

        Assert.Equal("Minera Andina", company.Name);
        Assert.Equal(HiringCompany.InvitationCodeLength, company.InvitationCode.Length);
    }

    [Fact]
    public void Accepts_OnlyItsCurrentCode()
    {
        var company = NewCompany();
        var old = company.InvitationCode;

        company.RenewInvitationCode();

        Assert.False(company.Accepts(old));
        Assert.True(company.Accepts(" " + company.InvitationCode + " "));
        Assert.False(company.Accepts(null));
        Assert.False(company.Accepts(""));
    }

    [Fact]
    public void JoinCompany_ASecondCompany_IsRefused()
    {
        var user = new ApplicationUser("r@example.test", "R", DateTimeOffset.UnixEpoch);
        user.JoinCompany(NewCompany());

        Assert.Throws<InvalidOperationException>(() => user.JoinCompany(NewCompany()));
    }
}

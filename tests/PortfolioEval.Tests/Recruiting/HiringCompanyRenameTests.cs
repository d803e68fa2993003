using PortfolioEval.Accounts;

namespace PortfolioEval.Tests.Recruiting;

public class HiringCompanyRenameTests
{
    private static HiringCompany Company() => new("Minera Andina", "Perú", "Minería", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Rename_TrimsAndKeepsTheRest()
    {
        var company = Company();
        var code = company.InvitationCode;

        company.Rename("  Minera Andina S.A.C. ", " Chile ");

        Assert.Equal(("Minera Andina S.A.C.", "Chile"), (company.Name, company.Country));
        Assert.Equal(code, company.InvitationCode);
        Assert.Equal("Minería", company.Sector);
    }

    [Theory]
    [InlineData("", "Perú")]
    [InlineData("Minera", " ")]
    public void Rename_BlankNameOrCountry_IsRefused(string name, string country)
    {
        var company = Company();

        Assert.ThrowsAny<ArgumentException>(() => company.Rename(name, country));
        Assert.Equal("Minera Andina", company.Name);
    }

    [Fact]
    public void Rename_LongerThanTheColumns_IsRefused()
    {
        var company = Company();

        Assert.Throws<ArgumentException>(() => company.Rename(new string('x', HiringCompany.NameMaxLength + 1), "Perú"));
        Assert.Throws<ArgumentException>(() => company.Rename("Minera", new string('x', HiringCompany.CountryMaxLength + 1)));
    }
}

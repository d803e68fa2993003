using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using static PortfolioEval.Tests.Consent.ConsentWorld;

namespace PortfolioEval.Tests.Consent;

public class CandidateConsentTests
{
    [Fact]
    public void Grant_WithoutADuration_LastsNinetyDays()
    {
        var book = ScoredBook();
        var company = Company();

        var consent = Grant(book, company);

        Assert.Equal(CandidateId, consent.CandidateId);
        Assert.Equal(company.Id, consent.CompanyId);
        Assert.Equal(book.Id, consent.BookId);
        Assert.Null(consent.OpeningId);
        Assert.Equal(ConsentPurpose.EvaluationForHiring, consent.Purpose);
        Assert.Equal(Now, consent.GrantedAt);
        Assert.Equal(Now.AddDays(90), consent.ExpiresAt);
        Assert.Equal("3", consent.PrivacyNoticeVersion);
        Assert.NotEqual(Guid.Empty, consent.Id);
        Assert.NotEmpty(consent.ReceiptJson);
        Assert.Equal(ConsentState.InForce, consent.StateAt(Now));
    }

    [Fact]
    public void Grant_ForAnOpening_NamesIt()
    {
        var company = Company();
        var opening = new Opening(company.Id, "Ejecutivo de cuentas clave", "Medellín", Now);

        var consent = Grant(company: company, opening: opening);

        Assert.Equal(opening.Id, consent.OpeningId);
    }

    [Fact]
    public void Grant_ShorterDuration_ExpiresSooner()
    {
        var consent = Grant(duration: TimeSpan.FromDays(14));

        Assert.Equal(Now.AddDays(14), consent.ExpiresAt);
    }

    [Theory]
    [InlineData(91 * 24 * 60)]
    [InlineData(90 * 24 * 60 + 1)]
    [InlineData(0)]
    [InlineData(-60)]
    public void Grant_LongerThanNinetyDaysOrNothing_IsRefused(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Grant(duration: TimeSpan.FromMinutes(minutes)));
    }

    [Fact]
    public void Grant_SomeoneElsesBook_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Grant(book: ScoredBook("candidate-b")));
    }

    [Fact]
    public void Grant_BookNotYetScored_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Grant(book: UnscoredBook()));
    }

    [Fact]
    public void Grant_OpeningOfAnotherCompany_IsRefused()
    {
        var opening = new Opening(Company("Otra").Id, "Vendedor", "Cali", Now);

        Assert.Throws<ArgumentException>(() => Grant(company: Company(), opening: opening));
    }

    [Fact]
    public void Grant_ClosedOpening_IsRefused()
    {
        var company = Company();
        var opening = new Opening(company.Id, "Vendedor", "Cali", Now);
        opening.Close();

        Assert.Throws<ArgumentException>(() => Grant(company: company, opening: opening));
    }

    [Fact]
    public void Grant_UnknownPurpose_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CandidateConsent.Grant(
            CandidateId, ScoredBook(), Company(), null, (ConsentPurpose)99, Notice(), "Ana T.", Pseudonym, Now));
    }

    [Fact]
    public void Revoke_EndsTheConsentAtOnce()
    {
        var consent = Grant();

        consent.Revoke(Now.AddDays(3));

        Assert.Equal(Now.AddDays(3), consent.RevokedAt);
        Assert.False(consent.IsInForce(Now.AddDays(3)));
        Assert.Equal(ConsentState.Revoked, consent.StateAt(Now.AddDays(3)));
    }

    [Fact]
    public void Revoke_Twice_KeepsTheFirstTime()
    {
        var consent = Grant();
        consent.Revoke(Now.AddDays(3));

        consent.Revoke(Now.AddDays(5));

        Assert.Equal(Now.AddDays(3), consent.RevokedAt);
        Assert.Equal(ConsentState.Revoked, consent.StateAt(Now.AddDays(5)));
    }

    [Fact]
    public void Revoked_AskedWithAClockBehindTheRevocation_IsStillRevoked()
    {
        // Another server, a second behind, must not serve the report after the revocation was stored.
        var consent = Grant();
        consent.Revoke(Now.AddDays(3));

        Assert.False(consent.IsInForce(Now.AddDays(3).AddSeconds(-1)));
    }

    [Fact]
    public void Expiry_AtExactlyExpiresAt_IsExpired()
    {
        var consent = Grant(duration: TimeSpan.FromDays(30));

        Assert.True(consent.IsInForce(consent.ExpiresAt.AddTicks(-1)));
        Assert.False(consent.IsInForce(consent.ExpiresAt));
        Assert.Equal(ConsentState.Expired, consent.StateAt(consent.ExpiresAt));
    }

    [Fact]
    public void Withdraw_CandidateErasedTheAccount_CompanySeesWithdrawn()
    {
        var consent = Grant();

        consent.Withdraw(Now.AddDays(10));

        Assert.True(consent.CandidateWithdrawn);
        Assert.Equal(Now.AddDays(10), consent.WithdrawnAt);
        Assert.False(consent.IsInForce(Now.AddDays(10)));
        Assert.Equal(ConsentState.Withdrawn, consent.StateAt(Now.AddDays(10)));
    }

    [Fact]
    public void Withdraw_AfterRevokeOrExpiry_ShowsWithdrawn()
    {
        // "Candidate withdrew" is what the company must see, whatever happened before.
        var consent = Grant(duration: TimeSpan.FromDays(1));
        consent.Revoke(Now.AddHours(1));

        consent.Withdraw(Now.AddDays(2));

        Assert.Equal(ConsentState.Withdrawn, consent.StateAt(Now.AddDays(2)));
    }

    [Fact]
    public void Facts_HaveTheSameStateAsTheConsent()
    {
        var consent = Grant(duration: TimeSpan.FromDays(30));
        var moments = new[] { Now, consent.ExpiresAt.AddTicks(-1), consent.ExpiresAt, Now.AddDays(200) };

        foreach (var moment in moments)
            Assert.Equal(consent.StateAt(moment), ConsentFacts.Of(consent).StateAt(moment));
        consent.Revoke(Now.AddDays(1));
        Assert.Equal(ConsentState.Revoked, ConsentFacts.Of(consent).StateAt(Now.AddDays(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Grant_WithoutANameToShow_IsRefused(string name)
    {
        Assert.Throws<ArgumentException>(() => CandidateConsent.Grant(
            CandidateId, ScoredBook(), Company(), null, ConsentPurpose.EvaluationForHiring, Notice(), name, Pseudonym, Now));
    }

    [Fact]
    public void Grant_KeepsTheNameToShow_Trimmed()
    {
        var consent = CandidateConsent.Grant(
            CandidateId, ScoredBook(), Company(), null, ConsentPurpose.EvaluationForHiring, Notice(), "  Ana T. ", Pseudonym, Now);

        Assert.Equal("Ana T.", consent.SharedName);
    }

    [Fact]
    public void Withdraw_ForgetsTheNameShownAndTheReceipt()
    {
        var consent = Grant();

        consent.Withdraw(Now.AddDays(1));

        Assert.Equal("", consent.SharedName);
        Assert.Equal("", consent.ReceiptJson);
        Assert.Equal(ConsentState.Withdrawn, consent.StateAt(Now.AddDays(1)));
    }
}

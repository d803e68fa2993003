using PortfolioEval.Consent;
using PortfolioEval.Recruiting;

namespace PortfolioEval.Tests.Consent;

/// <summary>What a candidate may give a company for contact, and what ending or renewing a consent does to it.</summary>
public class ContactShareTests
{
    [Theory]
    [InlineData("+51 987 654 321", true)]
    [InlineData("(01) 555-0100", true)]
    [InlineData("12345", false)]
    [InlineData("+51 987 654 321 123 456 7", false)]
    [InlineData("llámame", false)]
    [InlineData("", false)]
    public void IsPhone_TakesDigitsWithTheUsualSeparators(string text, bool phone) => Assert.Equal(phone, ContactShare.IsPhone(text));

    [Theory]
    [InlineData("https://www.linkedin.com/in/ana-t", true)]
    [InlineData("https://pe.linkedin.com/in/ana-t", true)]
    [InlineData("http://www.linkedin.com/in/ana-t", false)]
    [InlineData("https://linkedin.com.evil.example/in/ana", false)]
    [InlineData("https://user@www.linkedin.com/in/ana", false)]
    [InlineData("javascript:alert(1)", false)]
    public void IsLinkedInUrl_TakesOnlyHttpsAddressesOnLinkedIn(string text, bool linkedIn) => Assert.Equal(linkedIn, ContactShare.IsLinkedInUrl(text));

    [Fact]
    public void Of_BlanksAreNotShared() => Assert.True(ContactShare.Of(" ", "", null).IsEmpty);

    [Fact]
    public void Revoking_ForgetsTheContactDetails()
    {
        var consent = Granted(ContactShare.Of("ana@example.test", "+51 987 654 321", null));

        consent.Revoke(ConsentWorld.Now.AddDays(1));

        Assert.True(consent.Contact.IsEmpty);
    }

    [Fact]
    public void Renewing_ExtendsNinetyDaysFromNow_ClearsTheReminder_AndReissuesTheReceipt()
    {
        var company = ConsentWorld.Company();
        var consent = Granted(ContactShare.Of("ana@example.test", null, null), company, TimeSpan.FromDays(10));
        var later = ConsentWorld.Now.AddDays(5);

        consent.Renew(company, null, ConsentWorld.Notice(), ConsentWorld.Pseudonym, later);

        Assert.Equal(later + CandidateConsent.MaxDuration, consent.ExpiresAt);
        Assert.Null(consent.ExpiryRemindedAt);
        Assert.Contains(later.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), consent.ReceiptJson, StringComparison.Ordinal);
        Assert.Contains("2 - Contact", consent.ReceiptJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Renewing_AnEndedConsent_IsRefused()
    {
        var company = ConsentWorld.Company();
        var consent = Granted(ContactShare.None, company, TimeSpan.FromDays(1));

        Assert.Throws<InvalidOperationException>(() => consent.Renew(company, null, ConsentWorld.Notice(), ConsentWorld.Pseudonym, ConsentWorld.Now.AddDays(2)));
    }

    [Fact]
    public void ReminderDue_OnlyInForce_NotYetReminded_AndWithinTheWeek()
    {
        var now = ConsentWorld.Now;
        var week = TimeSpan.FromDays(7);
        Assert.True(CandidateConsent.ReminderDue(now.AddDays(6), null, ConsentState.InForce, now, week));
        Assert.False(CandidateConsent.ReminderDue(now.AddDays(8), null, ConsentState.InForce, now, week));
        Assert.False(CandidateConsent.ReminderDue(now.AddDays(6), now, ConsentState.InForce, now, week));
        Assert.False(CandidateConsent.ReminderDue(now.AddDays(6), null, ConsentState.Revoked, now, week));
    }

    [Fact]
    public void Opening_TakesApplicationsThroughItsClosingDay_NotAfter()
    {
        var opening = new Opening(Guid.NewGuid(), "Vendedor", "Lima", ConsentWorld.Now);
        var closes = new DateOnly(2026, 3, 15);
        opening.Publish("", "", closes);

        Assert.True(opening.TakesApplicationsOn(closes));
        Assert.False(opening.TakesApplicationsOn(closes.AddDays(1)));
        opening.Close();
        Assert.False(opening.TakesApplicationsOn(closes.AddDays(-1)));
    }

    private static CandidateConsent Granted(ContactShare contact, PortfolioEval.Accounts.HiringCompany? company = null, TimeSpan? duration = null) =>
        CandidateConsent.Grant(ConsentWorld.CandidateId, ConsentWorld.ScoredBook(), company ?? ConsentWorld.Company(), null,
            ConsentPurpose.EvaluationForHiring, ConsentWorld.Notice(), "Ana T.", ConsentWorld.Pseudonym, ConsentWorld.Now, duration, contact);
}

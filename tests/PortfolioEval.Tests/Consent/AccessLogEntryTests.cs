using System.Reflection;
using PortfolioEval.Consent;

namespace PortfolioEval.Tests.Consent;

public class AccessLogEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Of_AccessAllowedByAConsent_RecordsThatConsentAndCompany()
    {
        var consentId = Guid.NewGuid();
        var companyId = Guid.NewGuid();
        var bookId = Guid.NewGuid();

        var entry = AccessLogEntry.Of(ReportAccessDecision.ByConsent(consentId, companyId), "candidate-a", "recruiter-x", bookId, AccessAction.Export, Now);

        Assert.Equal(("candidate-a", companyId, "recruiter-x", consentId, bookId, AccessAction.Export, Now),
            (entry.CandidateId, entry.CompanyId, entry.RecruiterId, entry.ConsentId, entry.BookId, entry.Action, entry.At));
        Assert.NotEqual(Guid.Empty, entry.Id);
    }

    [Fact]
    public void Of_OwnerOrNotFound_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => AccessLogEntry.Of(ReportAccessDecision.Owner, "candidate-a", "candidate-a", Guid.NewGuid(), AccessAction.ViewReport, Now));
        Assert.Throws<ArgumentException>(() => AccessLogEntry.Of(ReportAccessDecision.NotFound, "candidate-a", "recruiter-x", Guid.NewGuid(), AccessAction.ViewReport, Now));
    }

    [Fact]
    public void Entry_OnceWritten_CannotBeChanged()
    {
        var type = typeof(AccessLogEntry);

        Assert.All(type.GetProperties(), p => Assert.True(p.SetMethod is null or { IsPublic: false }, p.Name));
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), m => !m.IsSpecialName);
    }
}

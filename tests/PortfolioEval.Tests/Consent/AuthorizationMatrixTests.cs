using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Consent;

/// <summary>
/// Every role against every resource and verb, through HTTP, as one table. The world (see <see cref="ConsentMatrixWorld"/>):
/// candidate A (ana) shared one book with company X and kept another private; candidate B (bruno) shared a book with X;
/// X has a recruiter, a company admin and an opening; company Y has a recruiter of its own.
/// </summary>
public class AuthorizationMatrixTests(ConsentMatrixWorld world) : IClassFixture<ConsentMatrixWorld>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode ToLogin = HttpStatusCode.Redirect;
    private const HttpStatusCode Done = HttpStatusCode.Redirect;

    public static TheoryData<Who, Verb, HttpStatusCode> Matrix => new()
    {
        // who                     verb on resource                  expected
        { Who.Anonymous,           Verb.ViewSharedReport,            ToLogin },
        { Who.CandidateA,          Verb.ViewSharedReport,            Forbidden },
        { Who.CandidateB,          Verb.ViewSharedReport,            Forbidden },
        { Who.RecruiterX,          Verb.ViewSharedReport,            Ok },
        { Who.CompanyAdminX,       Verb.ViewSharedReport,            Ok },
        { Who.RecruiterY,          Verb.ViewSharedReport,            NotFound },
        { Who.Admin,               Verb.ViewSharedReport,            Forbidden },

        { Who.Anonymous,           Verb.ViewPrivateReport,           ToLogin },
        { Who.RecruiterX,          Verb.ViewPrivateReport,           NotFound }, // recruiter of X without consent
        { Who.CompanyAdminX,       Verb.ViewPrivateReport,           NotFound },
        { Who.RecruiterY,          Verb.ViewPrivateReport,           NotFound },

        { Who.Anonymous,           Verb.ViewOwnReport,               ToLogin },
        { Who.CandidateA,          Verb.ViewOwnReport,               Ok },
        { Who.CandidateB,          Verb.ViewOwnReport,               NotFound },
        { Who.RecruiterX,          Verb.ViewOwnReport,               Forbidden },
        { Who.CompanyAdminX,       Verb.ViewOwnReport,               Forbidden },
        { Who.RecruiterY,          Verb.ViewOwnReport,               Forbidden },
        { Who.Admin,               Verb.ViewOwnReport,               Forbidden },

        { Who.Anonymous,           Verb.CompareShared,               ToLogin },
        { Who.CandidateA,          Verb.CompareShared,               Forbidden },
        { Who.CandidateB,          Verb.CompareShared,               Forbidden },
        { Who.RecruiterX,          Verb.CompareShared,               Ok },
        { Who.CompanyAdminX,       Verb.CompareShared,               Ok },
        { Who.RecruiterY,          Verb.CompareShared,               NotFound },
        { Who.Admin,               Verb.CompareShared,               Forbidden },
        { Who.RecruiterX,          Verb.CompareWithPrivate,          NotFound },

        { Who.Anonymous,           Verb.ExportShared,                ToLogin },
        { Who.CandidateA,          Verb.ExportShared,                Forbidden },
        { Who.CandidateB,          Verb.ExportShared,                Forbidden },
        { Who.RecruiterX,          Verb.ExportShared,                Ok },
        { Who.CompanyAdminX,       Verb.ExportShared,                Ok },
        { Who.RecruiterY,          Verb.ExportShared,                NotFound },
        { Who.Admin,               Verb.ExportShared,                Forbidden },
        { Who.RecruiterX,          Verb.ExportPrivate,               NotFound },

        { Who.Anonymous,           Verb.CompareCsv,                  ToLogin },
        { Who.CandidateA,          Verb.CompareCsv,                  Forbidden },
        { Who.CandidateB,          Verb.CompareCsv,                  Forbidden },
        { Who.RecruiterX,          Verb.CompareCsv,                  Ok },
        { Who.CompanyAdminX,       Verb.CompareCsv,                  Ok },
        { Who.RecruiterY,          Verb.CompareCsv,                  NotFound },
        { Who.Admin,               Verb.CompareCsv,                  Forbidden },
        { Who.RecruiterX,          Verb.CompareCsvWithPrivate,       NotFound },

        { Who.Anonymous,           Verb.DownloadBook,                ToLogin },
        { Who.CandidateA,          Verb.DownloadBook,                Ok },
        { Who.CandidateB,          Verb.DownloadBook,                NotFound },
        { Who.RecruiterX,          Verb.DownloadBook,                Forbidden },
        { Who.CompanyAdminX,       Verb.DownloadBook,                Forbidden },
        { Who.RecruiterY,          Verb.DownloadBook,                Forbidden },
        { Who.Admin,               Verb.DownloadBook,                Forbidden },

        { Who.Anonymous,           Verb.RevokeConsent,               ToLogin },
        { Who.CandidateA,          Verb.RevokeConsent,               Done },
        { Who.CandidateB,          Verb.RevokeConsent,               NotFound },
        { Who.RecruiterX,          Verb.RevokeConsent,               Forbidden },
        { Who.CompanyAdminX,       Verb.RevokeConsent,               Forbidden },
        { Who.RecruiterY,          Verb.RevokeConsent,               Forbidden },
        { Who.Admin,               Verb.RevokeConsent,               Forbidden },

        { Who.Anonymous,           Verb.DownloadReceipt,             ToLogin },
        { Who.CandidateA,          Verb.DownloadReceipt,             Ok },
        { Who.CandidateB,          Verb.DownloadReceipt,             NotFound },
        { Who.RecruiterX,          Verb.DownloadReceipt,             Forbidden },
        { Who.Admin,               Verb.DownloadReceipt,             Forbidden },

        { Who.Anonymous,           Verb.EditOpening,                 ToLogin },
        { Who.CandidateA,          Verb.EditOpening,                 Forbidden },
        { Who.CandidateB,          Verb.EditOpening,                 Forbidden },
        { Who.RecruiterX,          Verb.EditOpening,                 Ok },
        { Who.CompanyAdminX,       Verb.EditOpening,                 Ok },
        { Who.RecruiterY,          Verb.EditOpening,                 NotFound },
        { Who.Admin,               Verb.EditOpening,                 Forbidden },

        { Who.Anonymous,           Verb.EditCompany,                 ToLogin },
        { Who.CandidateA,          Verb.EditCompany,                 Forbidden },
        { Who.CandidateB,          Verb.EditCompany,                 Forbidden },
        { Who.RecruiterX,          Verb.EditCompany,                 Forbidden },
        { Who.CompanyAdminX,       Verb.EditCompany,                 Ok },
        { Who.RecruiterY,          Verb.EditCompany,                 Forbidden },
        { Who.Admin,               Verb.EditCompany,                 Forbidden },

        { Who.Anonymous,           Verb.ViewDashboard,               ToLogin },
        { Who.CandidateA,          Verb.ViewDashboard,               Forbidden },
        { Who.CandidateB,          Verb.ViewDashboard,               Forbidden },
        { Who.RecruiterX,          Verb.ViewDashboard,               Ok },
        { Who.CompanyAdminX,       Verb.ViewDashboard,               Ok },
        { Who.RecruiterY,          Verb.ViewDashboard,               NotFound },
        { Who.Admin,               Verb.ViewDashboard,               Forbidden },

        { Who.Anonymous,           Verb.ChangeShortlist,             ToLogin },
        { Who.CandidateA,          Verb.ChangeShortlist,             Forbidden },
        { Who.CandidateB,          Verb.ChangeShortlist,             Forbidden },
        { Who.RecruiterX,          Verb.ChangeShortlist,             Done },
        { Who.CompanyAdminX,       Verb.ChangeShortlist,             Done },
        { Who.RecruiterY,          Verb.ChangeShortlist,             NotFound },
        { Who.Admin,               Verb.ChangeShortlist,             Forbidden },

        { Who.Anonymous,           Verb.ViewValuation,               ToLogin },
        { Who.CandidateA,          Verb.ViewValuation,               Forbidden },
        { Who.CandidateB,          Verb.ViewValuation,               Forbidden },
        { Who.RecruiterX,          Verb.ViewValuation,               Ok },
        { Who.CompanyAdminX,       Verb.ViewValuation,               Ok },
        { Who.RecruiterY,          Verb.ViewValuation,               NotFound },
        { Who.Admin,               Verb.ViewValuation,               Forbidden },
        { Who.RecruiterX,          Verb.ViewPrivateValuation,        NotFound },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EveryRole_OnEveryResource_GetsExactlyItsStatus(Who who, Verb verb, HttpStatusCode expected)
    {
        var client = await world.ClientOfAsync(who);

        using var response = await world.SendAsync(client, who, verb);

        Assert.Equal(expected, response.StatusCode);
        // ToLogin and Done are both a redirect: to the log-in page for the anonymous, anywhere else for a post that was done.
        if (expected == ToLogin && who == Who.Anonymous)
            Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        else if (expected == Done)
            Assert.DoesNotContain("/Account/Login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        if (expected != Ok)
            Assert.DoesNotContain(ConsentMatrixWorld.SharedNameOfA, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeByItsOwner_EndsTheConsentAndDeletesTheSharedReport()
    {
        var client = await world.ClientOfAsync(Who.CandidateA);

        using var response = await world.SendAsync(client, Who.CandidateA, Verb.RevokeConsent);

        Assert.Equal(Done, response.StatusCode);
        await using var scope = world.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var consent = await db.Consents.SingleAsync(c => c.Id == world.LastRevocable);
        Assert.Equal(ConsentState.Revoked, consent.StateAt(DateTimeOffset.UtcNow));
        Assert.False(await db.SharedReports.AnyAsync(r => r.ConsentId == consent.Id));
    }
}

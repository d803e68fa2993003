using PortfolioEval.Accounts;
using PortfolioEval.Consent;

namespace PortfolioEval.Tests.Consent;

public class ReportAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private const string CandidateA = "candidate-a";
    private const string CandidateB = "candidate-b";
    private static readonly Guid CompanyX = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid CompanyY = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Book = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
    private static readonly Guid OtherBookOfA = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    private static readonly Guid ConsentId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");

    public enum Expect { NotFound, Owner, ByConsent }

    // Candidate A's report of Book, asked for by each kind of user. Recruiters and company admins act for the company
    // their account belongs to in the database.
    public static TheoryData<string, Expect> Matrix => new()
    {
        { "anonymous", Expect.NotFound },
        { "candidate A, the owner", Expect.Owner },
        { "candidate B", Expect.NotFound },
        { "recruiter of X, consent in force", Expect.ByConsent },
        { "recruiter of X, consent revoked", Expect.NotFound },
        { "recruiter of X, consent expired", Expect.NotFound },
        { "recruiter of X, candidate withdrew", Expect.NotFound },
        { "recruiter of X, consent for another book of A", Expect.NotFound },
        { "recruiter of X, no consent", Expect.NotFound },
        { "recruiter of Y, consent to X in force", Expect.NotFound },
        { "company admin of X, consent in force", Expect.ByConsent },
        { "admin, consent to X in force", Expect.NotFound },
        { "user of X without a recruiter role", Expect.NotFound },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_EachKindOfUser_GetsWhatTheRulesSay(string who, Expect expected)
    {
        var decision = ReportAccess.Decide(RequestBy(who));

        Assert.Equal(expected, Outcome(decision));
        if (expected == Expect.ByConsent)
        {
            Assert.Equal(ConsentId, decision.ConsentId);
            Assert.Equal(CompanyX, decision.CompanyId);
        }
    }

    [Fact]
    public void Decide_ConsentExpiresAtThisVeryMoment_IsNotFound()
    {
        var request = Request("recruiter", [Roles.Recruiter], CompanyX, [Consent(expiresAt: Now)]);

        Assert.Equal(Expect.NotFound, Outcome(ReportAccess.Decide(request)));
    }

    [Fact]
    public void Decide_TwoConsentsInForce_NamesTheOneLastingLongest_WhateverTheOrder()
    {
        var shorter = Consent(expiresAt: Now.AddDays(10)) with { ConsentId = Guid.NewGuid() };
        var longer = Consent(expiresAt: Now.AddDays(80)) with { ConsentId = Guid.NewGuid() };

        var one = ReportAccess.Decide(Request("recruiter", [Roles.Recruiter], CompanyX, [shorter, longer]));
        var other = ReportAccess.Decide(Request("recruiter", [Roles.Recruiter], CompanyX, [longer, shorter]));

        Assert.Equal(longer.ConsentId, one.ConsentId);
        Assert.Equal(longer.ConsentId, other.ConsentId);
    }

    [Fact]
    public void Decide_ConsentGivenByAnotherCandidate_DoesNotOpenThisReport()
    {
        var request = Request("recruiter", [Roles.Recruiter], CompanyX, [Consent() with { CandidateId = CandidateB }]);

        Assert.Equal(Expect.NotFound, Outcome(ReportAccess.Decide(request)));
    }

    private static ReportAccessRequest RequestBy(string who) => who switch
    {
        "anonymous" => Request(null, [], null, [Consent()]),
        "candidate A, the owner" => Request(CandidateA, [Roles.Candidate], null, []),
        "candidate B" => Request(CandidateB, [Roles.Candidate], null, [Consent()]),
        "recruiter of X, consent in force" => Request("recruiter-x", [Roles.Recruiter], CompanyX, [Consent()]),
        "recruiter of X, consent revoked" => Request("recruiter-x", [Roles.Recruiter], CompanyX, [Consent(revokedAt: Now.AddDays(-1))]),
        "recruiter of X, consent expired" => Request("recruiter-x", [Roles.Recruiter], CompanyX, [Consent(expiresAt: Now.AddDays(-1))]),
        "recruiter of X, candidate withdrew" => Request("recruiter-x", [Roles.Recruiter], CompanyX, [Consent(withdrawnAt: Now.AddDays(-1))]),
        "recruiter of X, consent for another book of A" => Request("recruiter-x", [Roles.Recruiter], CompanyX, [Consent() with { BookId = OtherBookOfA }]),
        "recruiter of X, no consent" => Request("recruiter-x", [Roles.Recruiter], CompanyX, []),
        "recruiter of Y, consent to X in force" => Request("recruiter-y", [Roles.Recruiter], CompanyY, [Consent()]),
        "company admin of X, consent in force" => Request("admin-x", [Roles.Recruiter, Roles.CompanyAdmin], CompanyX, [Consent()]),
        "admin, consent to X in force" => Request("admin", [Roles.Admin], null, [Consent()]),
        "user of X without a recruiter role" => Request("former-recruiter-x", [], CompanyX, [Consent()]),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "No such row."),
    };

    private static ReportAccessRequest Request(string? userId, string[] roles, Guid? companyId, ConsentFacts[] consents) =>
        new(userId, roles, companyId, ReportCandidateId: CandidateA, BookId: Book, consents, Now);

    private static ConsentFacts Consent(DateTimeOffset? expiresAt = null, DateTimeOffset? revokedAt = null, DateTimeOffset? withdrawnAt = null) =>
        new(ConsentId, CandidateA, CompanyX, Book, expiresAt ?? Now.AddDays(30), revokedAt, withdrawnAt);

    private static Expect Outcome(ReportAccessDecision decision) =>
        !decision.IsAllowed ? Expect.NotFound : decision.IsOwner ? Expect.Owner : Expect.ByConsent;
}

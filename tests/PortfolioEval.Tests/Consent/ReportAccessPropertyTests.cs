using FsCheck.Xunit;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;

namespace PortfolioEval.Tests.Consent;

public class ReportAccessPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid[] Companies = [Guid.Parse("00000000-0000-0000-0000-00000000000a"), Guid.Parse("00000000-0000-0000-0000-00000000000b")];
    private static readonly Guid[] Books = [Guid.Parse("00000000-0000-0000-0000-0000000000b1"), Guid.Parse("00000000-0000-0000-0000-0000000000b2")];
    private static readonly string[] Candidates = ["candidate-a", "candidate-b"];

    // Any mix of consents (each from four random bytes: who, to whom, which book, and its state): a recruiter of the
    // first company gets the first candidate's first book exactly when one of them matches all three and is in force.
    [Property(MaxTest = 500)]
    public bool Decide_Recruiter_IsAllowedExactlyWhenAMatchingConsentIsInForce(byte[] picks)
    {
        var consents = picks.Chunk(4).Where(c => c.Length == 4).Select(ConsentFrom).ToList();
        var request = new ReportAccessRequest("recruiter", [Roles.Recruiter], Companies[0], Candidates[0], Books[0], consents, Now);

        var decision = ReportAccess.Decide(request);

        var usable = consents.Where(c => c.CandidateId == Candidates[0] && c.CompanyId == Companies[0] && c.BookId == Books[0]
            && c.StateAt(Now) == ConsentState.InForce).Select(c => c.ConsentId).ToList();
        return usable.Count == 0
            ? !decision.IsAllowed
            : decision.IsAllowed && usable.Contains(decision.ConsentId!.Value) && decision.CompanyId == Companies[0];
    }

    private static ConsentFacts ConsentFrom(byte[] pick)
    {
        // The fourth byte: expiry from 128 hours ago to 127 hours ahead, and sometimes revoked or withdrawn.
        var expiresAt = Now.AddHours((sbyte)pick[3]);
        return new ConsentFacts(Guid.NewGuid(), Candidates[pick[0] % 2], Companies[pick[1] % 2], Books[pick[2] % 2], expiresAt,
            RevokedAt: pick[3] % 5 == 0 ? Now.AddHours(-1) : null,
            WithdrawnAt: pick[3] % 7 == 0 ? Now.AddHours(-1) : null);
    }
}

using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Consent;

namespace PortfolioEval.Tests.Recruiting;

public class ShortlistEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static CandidateConsent Consent()
    {
        var company = ConsentWorld.Company();
        return ConsentWorld.Grant(company: company, opening: new Opening(company.Id, "Ejecutivo/a de ventas", "Lima", ConsentWorld.Now));
    }

    private static ShortlistEntry NewEntry() => new(Consent(), "recruiter-1", Now);

    [Fact]
    public void New_StartsAsNew_ForTheConsentsCompanyAndOpening_WithNoNote()
    {
        var consent = Consent();

        var entry = new ShortlistEntry(consent, "recruiter-1", Now);

        Assert.NotNull(consent.OpeningId);
        Assert.Equal((consent.Id, consent.CompanyId, consent.OpeningId), (entry.ConsentId, entry.CompanyId, entry.OpeningId));
        Assert.Equal((ShortlistStatus.New, "", "recruiter-1", Now), (entry.Status, entry.Note, entry.UpdatedBy, entry.UpdatedAt));
    }

    [Fact]
    public void Move_ToAnotherStatus_ChangesItAndSaysWhoAndWhen()
    {
        var entry = NewEntry();

        var moved = entry.Move(ShortlistStatus.Interviewing, "recruiter-2", Now.AddHours(1));

        Assert.True(moved);
        Assert.Equal((ShortlistStatus.Interviewing, "recruiter-2", Now.AddHours(1)), (entry.Status, entry.UpdatedBy, entry.UpdatedAt));
    }

    [Fact]
    public void Move_ToTheSameStatus_ChangesNothing()
    {
        var entry = NewEntry();
        entry.Move(ShortlistStatus.Shortlisted, "recruiter-1", Now);

        var moved = entry.Move(ShortlistStatus.Shortlisted, "recruiter-2", Now.AddHours(1));

        Assert.False(moved);
        Assert.Equal(("recruiter-1", Now), (entry.UpdatedBy, entry.UpdatedAt));
    }

    [Fact]
    public void Move_ToAnUndefinedStatus_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewEntry().Move((ShortlistStatus)42, "recruiter-1", Now));
    }

    [Fact]
    public void WriteNote_TrimsAndKeepsOneKindOfLineBreak()
    {
        var entry = NewEntry();

        entry.WriteNote("  Llamar el lunes.\r\nPreguntar por Chile.  ", "recruiter-2", Now.AddHours(2));

        Assert.Equal(("Llamar el lunes.\nPreguntar por Chile.", "recruiter-2"), (entry.Note, entry.UpdatedBy));
    }

    [Fact]
    public void WriteNote_OfExactlyTheLimitAfterLineBreaks_IsKept_OneMoreIsRefused()
    {
        var entry = NewEntry();
        // 1,000 lines of "x" joined by CRLF: 2,999 characters as posted, 1,999 as stored.
        var posted = string.Join("\r\n", Enumerable.Repeat("x", 1000)) + "y";

        entry.WriteNote(posted, "recruiter-1", Now);

        Assert.Equal(ShortlistEntry.NoteMaxLength, entry.Note.Length);
        Assert.Throws<ArgumentException>(() => entry.WriteNote(posted + "z", "recruiter-1", Now));
        Assert.Equal(ShortlistEntry.NoteMaxLength, entry.Note.Length);
    }

    [Fact]
    public void WriteNote_Blank_ClearsIt()
    {
        var entry = NewEntry();
        entry.WriteNote("algo", "recruiter-1", Now);

        entry.WriteNote("   ", "recruiter-1", Now);

        Assert.Equal("", entry.Note);
    }
}

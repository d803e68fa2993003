using PortfolioEval.Consent;

namespace PortfolioEval.Recruiting;

/// <summary>
/// A company's own record of one candidate's application (one consent): where they stand and a private note. Only the
/// company's recruiters read it; the candidate sees status changes in the access log, never the note. Made the first
/// time a recruiter moves the candidate or writes a note: until then the candidate is <see cref="ShortlistStatus.New"/>.
/// </summary>
public class ShortlistEntry
{
    public const int NoteMaxLength = 2000;

    // For EF Core.
    private ShortlistEntry() { }

    public ShortlistEntry(CandidateConsent consent, string recruiterId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentException.ThrowIfNullOrWhiteSpace(recruiterId);
        ConsentId = consent.Id;
        CompanyId = consent.CompanyId;
        OpeningId = consent.OpeningId;
        Status = ShortlistStatus.New;
        Touch(recruiterId, now);
    }

    public Guid ConsentId { get; private set; }
    public Guid CompanyId { get; private set; }

    /// <summary>The opening the candidate applied to; null for a report shared with the company directly.</summary>
    public Guid? OpeningId { get; private set; }
    public ShortlistStatus Status { get; private set; }

    /// <summary>The company's private note; empty when none.</summary>
    public string Note { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The recruiter who last changed the status or the note.</summary>
    public string UpdatedBy { get; private set; } = "";

    /// <summary>Moves the candidate to <paramref name="status"/>. False, and nothing changes, when already there.</summary>
    public bool Move(ShortlistStatus status, string recruiterId, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status.");
        if (status == Status)
            return false;
        Status = status;
        Touch(recruiterId, now);
        return true;
    }

    /// <summary>The note as stored: trimmed, with one kind of line break (a browser sends two characters for each).</summary>
    public static string NoteOf(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";

    /// <summary>Replaces the note (see <see cref="NoteOf"/>); blank clears it. Longer than <see cref="NoteMaxLength"/> is refused.</summary>
    public void WriteNote(string? note, string recruiterId, DateTimeOffset now)
    {
        var text = NoteOf(note);
        if (text.Length > NoteMaxLength)
            throw new ArgumentException($"A note has at most {NoteMaxLength} characters.", nameof(note));
        if (string.Equals(text, Note, StringComparison.Ordinal))
            return;
        Note = text;
        Touch(recruiterId, now);
    }

    private void Touch(string recruiterId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recruiterId);
        UpdatedBy = recruiterId;
        UpdatedAt = now.ToUniversalTime();
    }
}

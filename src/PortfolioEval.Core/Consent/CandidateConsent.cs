using PortfolioEval.Accounts;
using PortfolioEval.Books;

namespace PortfolioEval.Consent;

/// <summary>
/// A candidate's consent that one hiring company may see the scored report of one client book, for one purpose, until
/// a set day. Revoking, expiring and the candidate erasing the account all end it; only the candidate renewing it while
/// it is in force makes it longer.
/// </summary>
/// <remarks>
/// Not called <c>Consent</c>: a type named like its namespace, <c>PortfolioEval.Consent</c>, cannot be named from any
/// other <c>PortfolioEval.*</c> namespace (C# finds the namespace first: error CS0118), so the DbContext and every page
/// would need <c>global::</c>.
/// </remarks>
public class CandidateConsent
{
    /// <summary>The longest a consent lasts, and the default: the candidate may choose less, never more.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(90);

    public const int PrivacyNoticeVersionMaxLength = 32;
    public const int SharedNameMaxLength = 100;

    // For EF Core.
    private CandidateConsent() { }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public Guid CompanyId { get; private set; }

    /// <summary>The opening the candidate applied to; null when sharing with the company without one.</summary>
    public Guid? OpeningId { get; private set; }

    /// <summary>The one book whose scored report is shared; never its clients.</summary>
    public Guid BookId { get; private set; }

    /// <summary>The name the candidate chose to show this company: the only thing about them a recruiter reads.</summary>
    public string SharedName { get; private set; } = "";

    public ConsentPurpose Purpose { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>When the candidate erased the account; see <see cref="CandidateWithdrawn"/>.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>The version of the privacy notice the candidate was shown when consenting.</summary>
    public string PrivacyNoticeVersion { get; private set; } = "";

    /// <summary>The Kantara consent receipt issued at grant (see <see cref="ConsentReceipt"/>); it never changes.</summary>
    public string ReceiptJson { get; private set; } = "";

    public bool CandidateWithdrawn => WithdrawnAt is not null;

    /// <summary>The account's email address, when the candidate chose to give it to the company; null otherwise.</summary>
    public string? SharedEmail { get; private set; }

    /// <summary>A phone number the candidate chose to give the company; null otherwise.</summary>
    public string? SharedPhone { get; private set; }

    /// <summary>A LinkedIn address the candidate chose to give the company; null otherwise.</summary>
    public string? SharedLinkedInUrl { get; private set; }

    /// <summary>What the candidate chose to give for contact (<see cref="ContactShare.None"/> by default, and once it ends).</summary>
    public ContactShare Contact => new(SharedEmail, SharedPhone, SharedLinkedInUrl);

    /// <summary>When the candidate last renewed it; null if never.</summary>
    public DateTimeOffset? RenewedAt { get; private set; }

    /// <summary>When the candidate was told it is about to end; cleared by renewing. Claimed by one node only.</summary>
    public DateTimeOffset? ExpiryRemindedAt { get; private set; }

    /// <summary>The candidate <paramref name="candidateId"/> lets <paramref name="company"/> see the report of <paramref name="book"/>.</summary>
    /// <param name="opening">The opening applied to, which must be the company's and open; null to share without one.</param>
    /// <param name="sharedName">The name recruiters of the company will see (a first name, initials, a nickname).</param>
    /// <param name="candidatePseudonym">Who the receipt says consented (its <c>piiPrincipalId</c>): not an email or a name.</param>
    /// <param name="duration">Null for <see cref="MaxDuration"/>; shorter is allowed, longer is refused.</param>
    public static CandidateConsent Grant(string candidateId, ClientBook book, HiringCompany company, IAppliedOpening? opening,
        ConsentPurpose purpose, ConsentNotice notice, string sharedName, string candidatePseudonym, DateTimeOffset now, TimeSpan? duration = null, ContactShare? contact = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sharedName);
        if (sharedName.Trim().Length > SharedNameMaxLength)
            throw new ArgumentException("The name to show is too long.", nameof(sharedName));
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidatePseudonym);
        if (!string.Equals(book.CandidateId, candidateId, StringComparison.Ordinal))
            throw new ArgumentException("A candidate can share only their own book.", nameof(book));
        if (book.ReportVersion is null)
            throw new ArgumentException("The book has no scored report to share yet.", nameof(book));
        if (opening is not null && opening.CompanyId != company.Id)
            throw new ArgumentException("The opening belongs to another company.", nameof(opening));
        if (opening is { IsOpen: false } || opening?.ClosesOn < DateOnly.FromDateTime(now.UtcDateTime))
            throw new ArgumentException("The opening is closed.", nameof(opening));
        if (!Enum.IsDefined(purpose))
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown purpose.");
        var lasts = duration ?? MaxDuration;
        if (lasts <= TimeSpan.Zero || lasts > MaxDuration)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A consent lasts more than nothing and at most 90 days.");

        var grantedAt = now.ToUniversalTime();
        var consent = new CandidateConsent
        {
            Id = Guid.NewGuid(),
            CandidateId = candidateId,
            CompanyId = company.Id,
            OpeningId = opening?.Id,
            BookId = book.Id,
            SharedName = sharedName.Trim(),
            Purpose = purpose,
            GrantedAt = grantedAt,
            ExpiresAt = grantedAt + lasts,
            PrivacyNoticeVersion = notice.Version,
            SharedEmail = contact?.Email,
            SharedPhone = contact?.Phone,
            SharedLinkedInUrl = contact?.LinkedInUrl,
        };
        consent.ReceiptJson = ConsentReceipt.Build(consent, company, opening, candidatePseudonym, notice);
        return consent;
    }

    /// <summary>
    /// The candidate takes the consent back. Revoking again changes nothing: the first time is the one kept. The contact
    /// details go at once: the company may no longer reach the candidate through them.
    /// </summary>
    public void Revoke(DateTimeOffset now)
    {
        RevokedAt ??= now.ToUniversalTime();
        ForgetContact();
    }

    /// <summary>
    /// The candidate keeps the consent for another <see cref="MaxDuration"/> from <paramref name="now"/>, under the notice
    /// shown now; a new receipt replaces the old one. Only a consent in force can be renewed: an ended one is applied for again.
    /// </summary>
    public void Renew(HiringCompany company, IAppliedOpening? opening, ConsentNotice notice, string candidatePseudonym, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!IsInForce(now))
            throw new InvalidOperationException("Only a consent in force can be renewed.");
        RenewedAt = now.ToUniversalTime();
        ExpiresAt = RenewedAt.Value + MaxDuration;
        ExpiryRemindedAt = null;
        PrivacyNoticeVersion = notice.Version;
        ReceiptJson = ConsentReceipt.Build(this, company, opening, candidatePseudonym, notice);
    }

    /// <summary>The reminder is due: in force, and ending within <paramref name="ahead"/> of <paramref name="now"/>, not yet reminded.</summary>
    public static bool ReminderDue(DateTimeOffset expiresAt, DateTimeOffset? remindedAt, ConsentState state, DateTimeOffset now, TimeSpan ahead) =>
        state == ConsentState.InForce && remindedAt is null && expiresAt - now <= ahead;

    /// <summary>
    /// The candidate erased the account: the company keeps seeing that a candidate withdrew, nothing more. The name they
    /// chose to show and the receipt (which carries their pseudonym) go with the account.
    /// </summary>
    public void Withdraw(DateTimeOffset now)
    {
        WithdrawnAt ??= now.ToUniversalTime();
        SharedName = "";
        ReceiptJson = "";
        ForgetContact();
    }

    private void ForgetContact() => (SharedEmail, SharedPhone, SharedLinkedInUrl) = (null, null, null);

    public bool IsInForce(DateTimeOffset now) => StateAt(now) == ConsentState.InForce;

    public ConsentState StateAt(DateTimeOffset now) => StateOf(ExpiresAt, RevokedAt, WithdrawnAt, now);

    /// <summary>
    /// The one rule for a consent's state, shared with <see cref="ConsentFacts"/>. Revoking and withdrawing count from
    /// the moment they are stored, whatever <paramref name="now"/> says: a request served by a server whose clock is a
    /// little behind the one that recorded the revocation must not see the report again. Expiry is a moment: from
    /// <see cref="ExpiresAt"/> exactly, the consent is over.
    /// </summary>
    internal static ConsentState StateOf(DateTimeOffset expiresAt, DateTimeOffset? revokedAt, DateTimeOffset? withdrawnAt, DateTimeOffset now) =>
        withdrawnAt is not null ? ConsentState.Withdrawn
        : revokedAt is not null ? ConsentState.Revoked
        : now >= expiresAt ? ConsentState.Expired
        : ConsentState.InForce;
}

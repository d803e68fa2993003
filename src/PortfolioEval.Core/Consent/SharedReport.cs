using PortfolioEval.Scoring;

namespace PortfolioEval.Consent;

/// <summary>
/// The report a hiring company reads under one consent: the candidate's book scored once, at grant, against what the
/// company or opening asks (sectors, target deal size, weights), with every client pseudonym taken out. Encrypted under
/// the candidate's key, so erasing the account makes it unreadable; deleted when the consent ends.
/// </summary>
/// <remarks>
/// Recruiters never trigger a re-read or a re-score of a book: dashboards, comparisons and exports read this. The
/// composite is kept in the clear for ranking; a score is no client data.
/// </remarks>
public class SharedReport
{
    // For EF Core.
    private SharedReport() { }

    public SharedReport(Guid consentId, DateOnly asOf, int compositeScore, byte[] ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (consentId == Guid.Empty)
            throw new ArgumentException("A shared report belongs to a consent.", nameof(consentId));
        ConsentId = consentId;
        AsOf = asOf;
        CompositeScore = compositeScore;
        Ciphertext = ciphertext;
    }

    public Guid ConsentId { get; private set; }
    public DateOnly AsOf { get; private set; }
    public int CompositeScore { get; private set; }
    public byte[] Ciphertext { get; private set; } = [];

    /// <summary>
    /// The report as a company may read it: the dormant clients' pseudonyms go (they are for the candidate's own action
    /// plan), and so do the sector texts as typed in the book (free text could name a client); mapped sectors keep
    /// their ISIC code, which the page names from the taxonomy.
    /// </summary>
    public static ScoreReport Redact(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with
        {
            Reactivation = report.Reactivation with { ClientPseudonyms = [] },
            Relevance = report.Relevance with { SectorMix = [.. report.Relevance.SectorMix.Select(s => s with { Texts = [] })] },
        };
    }

    /// <summary>What binds the ciphertext to its consent: a report moved under another consent fails to decrypt.</summary>
    public static byte[] Context(Guid consentId) => System.Text.Encoding.ASCII.GetBytes("shared-report:" + consentId.ToString("N"));
}

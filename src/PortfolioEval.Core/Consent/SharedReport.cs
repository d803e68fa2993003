using PortfolioEval.Scoring;

namespace PortfolioEval.Consent;

/// <summary>
/// The report a hiring company reads under one consent: the candidate's book scored once, at grant, against what the
/// company or opening asks (sectors, target deal size, weights), with every client pseudonym taken out. Encrypted under
/// the candidate's key, so erasing the account makes it unreadable; deleted when the consent ends.
/// </summary>
/// <remarks>
/// Recruiters never trigger a re-read or a re-score of a book: dashboards, comparisons and exports read this. The
/// scores, the main currency and the most frequent client country are kept in the clear for ranking and filtering;
/// none of them is client data.
/// </remarks>
public class SharedReport
{
    // For EF Core.
    private SharedReport() { }

    /// <param name="report">The redacted report (see <see cref="Redact"/>) whose ciphertext this is: the figures kept in
    /// the clear are read from it, so they cannot disagree with what the company decrypts.</param>
    /// <param name="country">The book's most frequent client country (see <see cref="BookCountry"/>).</param>
    /// <param name="comparisonCiphertext">The report's <see cref="ComparisonRecord"/>, encrypted under
    /// <see cref="ComparisonContext"/>; null only for a snapshot as shared before comparison records existed.</param>
    public SharedReport(Guid consentId, ScoreReport report, string? country, byte[] ciphertext, byte[]? comparisonCiphertext)
    {
        if (consentId == Guid.Empty)
            throw new ArgumentException("A shared report belongs to a consent.", nameof(consentId));
        ConsentId = consentId;
        Replace(report, country, ciphertext, comparisonCiphertext);
    }

    /// <summary>
    /// The candidate shares again under the same consent: the company now reads the new report (made with the current
    /// method and rates). Only the candidate does this; nothing else changes a report once shared.
    /// </summary>
    public void Replace(ScoreReport report, string? country, byte[] ciphertext, byte[]? comparisonCiphertext)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (country?.Length > BookCountry.MaxLength)
            throw new ArgumentException("The country is too long.", nameof(country));
        AsOf = report.AsOf;
        CompositeScore = report.Composite.Score;
        FreshnessScore = report.Freshness.Score;
        RelevanceScore = report.Relevance.Score;
        DealValueScore = report.DealValue.Score;
        QualityScore = report.Quality.Score;
        Currency = report.DealValue.Currency;
        Country = country;
        Ciphertext = ciphertext;
        ComparisonCiphertext = comparisonCiphertext;
    }

    public Guid ConsentId { get; private set; }
    public DateOnly AsOf { get; private set; }
    /// <summary>Null when the book was not enough to judge: such a report ranks below every judged one.</summary>
    public int? CompositeScore { get; private set; }
    public int FreshnessScore { get; private set; }

    /// <summary>Null when neither the opening nor the company had chosen sectors at grant.</summary>
    public int? RelevanceScore { get; private set; }
    public int DealValueScore { get; private set; }
    public int QualityScore { get; private set; }

    /// <summary>ISO 4217 code of the book's main currency (the deal value's); null when the book does not say.</summary>
    public string? Currency { get; private set; }

    /// <summary>The book's most frequent client country, as typed; null when the book has no country column.</summary>
    public string? Country { get; private set; }
    public byte[] Ciphertext { get; private set; } = [];

    /// <summary>
    /// What a comparison of candidates reads (<see cref="ComparisonRecord"/>), made from this report when it was shared
    /// and encrypted like it. Null for snapshots shared before such records existed: the first comparison that opens
    /// one makes it from the report and stores it (only while the report is still the one it was made from).
    /// </summary>
    public byte[]? ComparisonCiphertext { get; private set; }

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

    /// <summary>What binds the comparison record's ciphertext to its consent, apart from the report's.</summary>
    public static byte[] ComparisonContext(Guid consentId) => System.Text.Encoding.ASCII.GetBytes("shared-comparison:" + consentId.ToString("N"));
}

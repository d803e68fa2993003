using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Privacy;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// A shared report as a comparison of candidates reads it, with the consent that lets it and the title of the opening
/// that consent was given for (null when the candidate shared directly with the company).
/// </summary>
public sealed record CompanyComparison(CandidateConsent Consent, ComparisonRecord Record, string? OpeningTitle);

/// <summary>
/// Comparisons: decided and logged exactly as <see cref="OpenManyAsync"/> does on every request (nothing decrypted is
/// kept between requests, so a revocation holds on the next one), but each candidate costs the decryption of a small
/// <see cref="ComparisonRecord"/> instead of the whole report.
/// </summary>
public sealed partial class CompanyReports
{
    /// <summary>
    /// The comparison records of <paramref name="bookIds"/>, in that order; null unless every one may be read now, and
    /// then nothing is logged. A snapshot shared before records existed is read whole once: its record is made from the
    /// report and stored with it, so the next comparison reads the record.
    /// </summary>
    public async Task<IReadOnlyList<CompanyComparison>?> OpenComparisonsAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        if (await DecideAndLogAsync(user, bookIds, requirement, comparing: true, cancellation) is not { } allowed)
            return null;
        var opened = new List<CompanyComparison>(allowed.Count);
        foreach (var (consent, secret, report, comparison, openingTitle) in allowed)
        {
            if (comparison is not null)
            {
                opened.Add(new CompanyComparison(consent, ComparisonRecords.Decrypt(comparison, secret, consent.Id), openingTitle));
                continue;
            }
            var record = ComparisonRecords.Of(ReportJson.Deserialize(ChunkedCipher.Decrypt(report!, secret.DataKey, SharedReport.Context(consent.Id))));
            await StoreMadeRecordAsync(consent.Id, report!, ComparisonRecords.Encrypt(record, secret, consent.Id), cancellation);
            opened.Add(new CompanyComparison(consent, record, openingTitle));
        }
        return opened;
    }

    /// <summary>
    /// Stores a record made from an older snapshot's report, only while that report is still the one stored and has no
    /// record: a share again since (which stores its own) or a revocation (which deletes the row) leaves nothing to update.
    /// </summary>
    private Task<int> StoreMadeRecordAsync(Guid consentId, byte[] report, byte[] comparison, CancellationToken cancellation) =>
        db.SharedReports
            .Where(r => r.ConsentId == consentId && r.ComparisonCiphertext == null && r.Ciphertext == report)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ComparisonCiphertext, comparison), cancellation);
}

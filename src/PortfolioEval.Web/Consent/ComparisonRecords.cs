using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Consent;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// Makes a shared report's <see cref="ComparisonRecord"/> (its Pareto curve drawn here, once) and keeps it as the
/// report is kept: JSON with enums by name, encrypted under the candidate's key and bound to the consent.
/// </summary>
public static class ComparisonRecords
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static ComparisonRecord Of(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ComparisonRecord.Of(report, SvgCharts.ParetoPoints(report.DealValue.Pareto));
    }

    /// <summary>The record of <paramref name="report"/>, encrypted for the consent's <see cref="SharedReport"/>.</summary>
    public static byte[] Encrypt(ScoreReport report, CandidateSecret secret, Guid consentId) => Encrypt(Of(report), secret, consentId);

    public static byte[] Encrypt(ComparisonRecord record, CandidateSecret secret, Guid consentId)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return ChunkedCipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(record, Options), secret.DataKey, SharedReport.ComparisonContext(consentId));
    }

    public static ComparisonRecord Decrypt(byte[] ciphertext, CandidateSecret secret, Guid consentId)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return JsonSerializer.Deserialize<ComparisonRecord>(
                   ChunkedCipher.Decrypt(ciphertext, secret.DataKey, SharedReport.ComparisonContext(consentId)), Options)
               ?? throw new InvalidDataException("An empty stored comparison record.");
    }
}

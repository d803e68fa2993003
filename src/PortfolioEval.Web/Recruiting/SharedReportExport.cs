using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// A shared report as a company downloads it: the redacted report with the consent it was shared under, and nothing
/// the company could not already read on the page (no client, no candidate id, no receipt).
/// </summary>
public sealed record SharedReportExport(string SharedName, string? Opening, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, ScoreReport Report)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SharedReportExport Of(CompanyReport shared, string? openingTitle)
    {
        ArgumentNullException.ThrowIfNull(shared);
        return new(shared.Consent.SharedName, openingTitle, shared.Consent.GrantedAt, shared.Consent.ExpiresAt, shared.Report);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Options);
}

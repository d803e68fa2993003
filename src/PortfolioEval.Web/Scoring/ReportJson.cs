using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Scoring;

namespace PortfolioEval.Web.Scoring;

/// <summary>How a <see cref="ScoreReport"/> is stored: JSON with enums by name, so a stored report stays readable.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static byte[] Serialize(ScoreReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Options);

    public static ScoreReport Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ScoreReport>(json, Options) ?? throw new InvalidDataException("An empty stored report.");
}

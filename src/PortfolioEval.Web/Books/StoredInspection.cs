using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>
/// An inspection kept with its upload, and the sheet and header row it was asked for. It answers for a later choice
/// of the same sheet and header row whatever the locale and date order: those only change the fallbacks, which are
/// taken from the new choice.
/// </summary>
internal sealed record StoredInspection(int? RequestedSheet, int? RequestedHeader, BookInspection Inspection)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public bool Answers(MappingChoice choice) =>
        (choice.SheetIndex == RequestedSheet && choice.HeaderRow == RequestedHeader)
        || (choice.SheetIndex == Inspection.SheetIndex && choice.HeaderRow == Inspection.HeaderRow);

    public BookInspection For(BookReadOptions options) => Inspection with
    {
        FallbackDateOrder = options.FallbackDateOrder,
        FallbackDecimalSeparator = options.FallbackDecimalSeparator,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static StoredInspection FromJson(byte[] json) =>
        JsonSerializer.Deserialize<StoredInspection>(json, Json) ?? throw new InvalidDataException("An empty stored inspection.");
}

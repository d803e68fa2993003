using System.Globalization;
using PortfolioEval.Books;

namespace PortfolioEval.Fuzz;

/// <summary>
/// One fuzzing input through the readers as the portal uses them: the upload's inspection, then the import with the
/// suggested mapping. The only failure allowed is the documented refusal of a file (<see cref="BookReadException"/>);
/// anything else that escapes is a defect, and the input that caused it is a crash to keep.
/// </summary>
public static class ReaderTarget
{
    private static readonly BookReadOptions Options = new()
    {
        AsOf = new DateOnly(2026, 6, 30),
        Culture = CultureInfo.GetCultureInfo("es-PE"),
    };

    /// <summary>Reads <paramref name="input"/>; true when it was imported, false when it was refused as the readers document.</summary>
    public static bool Run(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            var inspection = BookInspector.Inspect(stream, Options);
            if (inspection.SuggestedMapping() is not { } mapping)
                return false;
            var result = BookReader.Read(stream, Options, mapping);
            return result.RowsRead >= 0;
        }
        catch (BookReadException)
        {
            return false;
        }
    }
}

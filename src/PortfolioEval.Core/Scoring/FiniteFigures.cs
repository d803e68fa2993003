using System.Collections;
using System.Globalization;
using System.Reflection;

namespace PortfolioEval.Scoring;

/// <summary>
/// Thrown by the engine when a figure of a report is not a finite number: a formula broke down on this book. The
/// message names the figure (e.g. <c>BookValue.Multiple</c>), never a client.
/// </summary>
public sealed class NonFiniteFigureException(string figure, double value)
    : InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The report's figure {figure} is {value}, not a finite number: a scoring formula broke down on this book."))
{
    public string Figure { get; } = figure;
}

/// <summary>
/// Every figure of a report is a finite number. A report is stored as JSON, which has no NaN or infinity, so a
/// report holding one could not be saved; the engine checks the report before it returns it, so a formula that breaks
/// down on some book is an engine error naming the figure, raised where it happened, and never a crash when the
/// portal saves or shares the report. Walks the report's public properties, lists and dictionaries (a report holds
/// no per-client list, so this is a few thousand values at most).
/// </summary>
public static class FiniteFigures
{
    /// <summary>The report, once every figure in it is checked finite.</summary>
    /// <exception cref="NonFiniteFigureException">A figure is NaN or infinite.</exception>
    public static ScoreReport Checked(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (FirstNotFinite(report, "") is { } found)
            throw new NonFiniteFigureException(found.Figure, found.Value);
        return report;
    }

    /// <summary>The first figure that is NaN or infinite, by its path from <paramref name="value"/>; null when none is.</summary>
    public static (string Figure, double Value)? FirstNotFinite(object? value, string path)
    {
        switch (value)
        {
            case null or string or decimal or DateOnly or Enum:
                return null;
            case double d:
                return double.IsFinite(d) ? null : (path, d);
            case float f:
                return float.IsFinite(f) ? null : (path, f);
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (FirstNotFinite(entry.Value, $"{path}[{entry.Key}]") is { } found)
                        return found;
                }

                return null;
            case IEnumerable<string>:
                // A list of names (the reactivation's pseudonyms may be many): nothing to check.
                return null;
            case IEnumerable items:
                var index = -1;
                foreach (var item in items)
                {
                    index++;
                    // The item's path is written only when there is something below it to check.
                    if (item is null or string or decimal or DateOnly or Enum || (item is double d && double.IsFinite(d)))
                        continue;
                    if (FirstNotFinite(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]")) is { } found)
                        return found;
                }

                return null;
        }

        // Only the report's own types are walked: a framework type's properties are not figures (and DateTime.Date is a DateTime).
        var type = value.GetType();
        if (type.IsPrimitive || type.Namespace?.StartsWith("PortfolioEval", StringComparison.Ordinal) != true)
            return null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                continue;
            var name = path.Length == 0 ? property.Name : path + "." + property.Name;
            if (FirstNotFinite(property.GetValue(value), name) is { } found)
                return found;
        }

        return null;
    }
}

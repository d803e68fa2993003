using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>Renders a cell value as text the same way everywhere: previews, headers, identifying fields.</summary>
internal static class CellText
{
    public static string Of(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };

    public static bool IsEmpty(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));
}

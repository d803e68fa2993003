using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>The outcome of reading one date cell: a date, nothing (blank), or why it was refused.</summary>
public readonly record struct DateResult(DateOnly? Date, RejectionReason? Error)
{
    public static readonly DateResult Blank = new(null, null);

    public bool IsBlank => Date is null && Error is null;

    /// <summary>
    /// What the cell alone says about its column's order (<see cref="DateCellParser.Evidence(object?)"/>), taken
    /// from this parse so the import settles its columns without reading each cell twice.
    /// </summary>
    public DateOrder? Evidence { get; init; }
}

/// <summary>
/// Reads a date cell: a real date cell, an Excel serial number, or text in d/m/y, m/d/y or y-m-d, with or without
/// a time. The day/month order of text dates is the column's (see <see cref="DateOrderVote"/>), never this value's.
/// </summary>
public static class DateCellParser
{
    // 1970-01-01 to 9999-12-31 as Excel serials. Anything earlier is not a contact in a living client book, and is
    // usually a 0 or a small count that landed in a date column.
    private const double MinSerial = 25569;
    private const double MaxSerial = 2958465;

    public static DateResult Parse(object? cell, DateOrder order, DateOnly asOf) => cell switch
    {
        null => DateResult.Blank,
        DateTime dt => Check(DateOnly.FromDateTime(dt), asOf),
        DateTimeOffset dto => Check(DateOnly.FromDateTime(dto.DateTime), asOf),
        double serial => FromSerial(serial, asOf),
        int or long or decimal or float => FromSerial(Convert.ToDouble(cell, CultureInfo.InvariantCulture), asOf),
        string text => ParseText(text, order, asOf),
        _ => new(null, RejectionReason.UnreadableDate),
    };

    /// <summary>What a text value alone says about its column's order; null when it is not a d/m or m/d text date.</summary>
    public static DateOrder? Evidence(object? cell) =>
        cell is string text && DateParts.TryParse(text, out var parts) ? Evidence(parts) : null;

    internal static DateOrder? Evidence(DateParts parts)
    {
        if (parts.IsIso)
            return null;
        return (parts.First > 12, parts.Second > 12) switch
        {
            (true, false) => DateOrder.DayFirst,
            (false, true) => DateOrder.MonthFirst,
            (false, false) => DateOrder.Ambiguous,
            _ => null,
        };
    }

    private static DateResult ParseText(string text, DateOrder order, DateOnly asOf)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return DateResult.Blank;
        if (double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
            return FromSerial(serial, asOf);
        if (!DateParts.TryParse(trimmed, out var parts))
            return new(null, RejectionReason.UnreadableDate);
        if (parts.IsIso)
            return Build(parts.Year, parts.First, parts.Second, asOf) ?? new(null, RejectionReason.ImpossibleDate);

        var dayFirst = order != DateOrder.MonthFirst;
        var (day, month) = dayFirst ? (parts.First, parts.Second) : (parts.Second, parts.First);
        var evidence = Evidence(parts);
        if (Build(parts.Year, month, day, asOf) is { } result)
            return result with { Evidence = evidence };
        // Valid only the other way round: the column's order says otherwise, and picking per row would be a guess.
        return Build(parts.Year, day, month, asOf) is not null
            ? new(null, RejectionReason.DateOrderConflict) { Evidence = evidence }
            : new(null, RejectionReason.ImpossibleDate) { Evidence = evidence };
    }

    private static DateResult? Build(int year, int month, int day, DateOnly asOf)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return Check(new DateOnly(year, month, day), asOf);
    }

    private static DateResult FromSerial(double serial, DateOnly asOf) =>
        serial is < MinSerial or > MaxSerial || double.IsNaN(serial)
            ? new(null, RejectionReason.UnreadableDate)
            : Check(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))), asOf);

    private static DateResult Check(DateOnly date, DateOnly asOf)
    {
        if (date.Year < 1970)
            return new(null, RejectionReason.UnreadableDate);
        return date > asOf ? new(null, RejectionReason.FutureDate) : new(date, null);
    }
}

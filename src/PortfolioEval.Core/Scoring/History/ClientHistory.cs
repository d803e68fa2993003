namespace PortfolioEval.Scoring.History;

/// <summary>
/// One client's purchase history as the BG/NBD and Gamma-Gamma models read it, in weeks (the papers' unit), purchases
/// on the same day counted as one.
/// </summary>
/// <param name="Frequency">x: repeat purchases, i.e. purchase days after the first.</param>
/// <param name="Recency">t_x: weeks from the first purchase to the last (0 without repeats).</param>
/// <param name="Age">T: weeks from the first purchase to the end of the observation (the as-of date).</param>
/// <param name="MeanRepeatSpend">Mean spend of the repeat purchases (a day's purchases summed); 0 without repeats.</param>
public sealed record ClientHistory(int Frequency, double Recency, double Age, double MeanRepeatSpend)
{
    /// <summary>The papers' unit of time.</summary>
    public const double DaysPerWeek = 7;

    /// <summary>A history from dates: first and last purchase days and the end of the observation.</summary>
    public static ClientHistory From(int frequency, DateOnly first, DateOnly last, DateOnly end, double meanRepeatSpend)
    {
        if (frequency < 0)
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "A client cannot have fewer than 0 repeat purchases.");
        if (last < first || end < last)
            throw new ArgumentException($"Dates out of order: first {first:yyyy-MM-dd}, last {last:yyyy-MM-dd}, end {end:yyyy-MM-dd}.", nameof(last));
        return new ClientHistory(frequency, Weeks(first, frequency > 0 ? last : first), Weeks(first, end), frequency > 0 ? meanRepeatSpend : 0);
    }

    private static double Weeks(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerWeek;
}

namespace PortfolioEval.Books;

/// <summary>One day's won sales of a client in one currency (null: the book does not say which).</summary>
public readonly record struct DatedSale(DateOnly Day, string? Currency, decimal Amount);

/// <summary>
/// A client's won sales summed by day and currency, so revenue can be counted in any 12-month window at any later
/// as-of date. Kept only for a client whose sales cannot be placed at one date: its valued rows fall on two days or
/// more, or not on its last contact (see <see cref="ClientAggregator"/>); every other client's value is placed at its
/// last contact. One array of structs per client, sorted by currency then day, not a list of objects.
/// </summary>
public sealed class DatedSales : IEquatable<DatedSales>
{
    /// <summary>
    /// Sales on or before the upload's as-of date less this many months are not kept by date: they can never fall in
    /// the last 12 months or the 12 before them of a report made on or after that date.
    /// </summary>
    public const int KeptMonths = 24;

    private readonly DatedSale[] sales;

    private DatedSales(DatedSale[] sales) => this.sales = sales;

    public static DatedSales Empty { get; } = new([]);

    public int Count => sales.Length;

    /// <summary>
    /// In currency order (null first, then ordinal), each currency's days ascending. Memory, not a span, so a stored
    /// client can still be written as JSON (tests compare clients that way).
    /// </summary>
    public ReadOnlyMemory<DatedSale> Sales => sales;

    /// <summary>The sales summed by day and currency (zero sums kept: a sale and its credit note on one day).</summary>
    public static DatedSales Of(IEnumerable<DatedSale> sales)
    {
        ArgumentNullException.ThrowIfNull(sales);
        var sorted = sales.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Currency, b.Currency) is var c and not 0 ? c : a.Day.CompareTo(b.Day));
        var merged = new List<DatedSale>(sorted.Length);
        foreach (var sale in sorted)
        {
            if (merged.Count > 0 && merged[^1].Day == sale.Day && string.Equals(merged[^1].Currency, sale.Currency, StringComparison.Ordinal))
                merged[^1] = merged[^1] with { Amount = merged[^1].Amount + sale.Amount };
            else
                merged.Add(sale);
        }

        return merged.Count == 0 ? Empty : new DatedSales([.. merged]);
    }

    public bool Equals(DatedSales? other) => other is not null && sales.AsSpan().SequenceEqual(other.sales);

    public override bool Equals(object? obj) => Equals(obj as DatedSales);

    public override int GetHashCode() => sales.Length == 0 ? 0 : HashCode.Combine(sales.Length, sales[0], sales[^1]);
}

namespace PortfolioEval.Books;

/// <summary>The open deals of a book with a stage column: how many lines, and their values per currency (never summed across).</summary>
internal sealed class Pipeline
{
    private readonly List<CurrencyAmount> totals = [];

    public int Rows { get; private set; }

    public IReadOnlyList<CurrencyAmount> Totals => totals;

    public void Add(string? currency, decimal? value)
    {
        Rows++;
        if (value is not { } amount)
            return;
        var at = totals.FindIndex(t => string.Equals(t.Currency, currency, StringComparison.Ordinal));
        if (at < 0)
            totals.Add(new CurrencyAmount(currency, amount));
        else
            totals[at] = totals[at] with { Amount = totals[at].Amount + amount };
    }
}

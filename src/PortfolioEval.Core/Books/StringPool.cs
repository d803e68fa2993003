namespace PortfolioEval.Books;

/// <summary>
/// One instance per distinct text for the fields that repeat across clients (sector, city, currency…): a
/// million-row book holds a few hundred sectors, not a million copies. Bounded, so a column of unique texts costs
/// no more than without it.
/// </summary>
internal sealed class StringPool(int capacity = 50_000)
{
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    public string? Intern(string? text)
    {
        if (text is null)
            return null;
        if (pool.TryGetValue(text, out var kept))
            return kept;
        if (pool.Count < capacity)
            pool.Add(text, text);
        return text;
    }
}

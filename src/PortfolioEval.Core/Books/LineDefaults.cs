namespace PortfolioEval.Books;

/// <summary>
/// What the candidate declared for the whole book, applied where a row leaves it open: what "$" means, the currency of
/// unmarked amounts, and the origin of clients whose row does not say. Taken from <see cref="BookReadOptions"/>.
/// </summary>
internal sealed record LineDefaults(string? DollarSignCurrency, string? BookCurrency, ClientOrigin BulkOrigin)
{
    public static readonly LineDefaults None = new(null, null, ClientOrigin.Unknown);

    public static LineDefaults Of(BookReadOptions options) => new(options.DollarSignCurrency, options.BookCurrency, options.BulkOrigin);
}

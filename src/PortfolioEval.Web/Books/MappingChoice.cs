using System.Globalization;
using PortfolioEval.Books;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Books;

/// <summary>
/// What the candidate chose on the mapping page, apart from the columns themselves: where the book is read, and what it
/// declares for every row (what "$" means, the currency of unmarked amounts, the origin of clients).
/// </summary>
public sealed record MappingChoice(int? SheetIndex, int? HeaderRow, string CultureName, DateOrder? DateOrder)
{
    public string? DollarSignCurrency { get; init; }

    public string? BookCurrency { get; init; }

    public ClientOrigin BulkOrigin { get; init; }

    public BookReadOptions ToOptions(DateOnly asOf, BookLimits limits, string? password) => new()
    {
        AsOf = asOf,
        Culture = CultureInfo.GetCultureInfo(BookCultures.IsKnown(CultureName) ? CultureName : "es-PE"),
        DateOrder = DateOrder,
        SheetIndex = SheetIndex,
        HeaderRow = HeaderRow,
        Password = password,
        Limits = limits,
        IsKnownSector = text => IsicTaxonomy.Instance.Classify(text) is not null,
        DollarSignCurrency = BookCurrencies.KnownDollarSign(DollarSignCurrency),
        BookCurrency = BookCurrencies.KnownDeclarable(BookCurrency),
        BulkOrigin = Enum.IsDefined(BulkOrigin) ? BulkOrigin : ClientOrigin.Unknown,
    };
}

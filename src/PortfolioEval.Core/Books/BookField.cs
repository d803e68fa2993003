namespace PortfolioEval.Books;

/// <summary>What a column of a client book holds. <see cref="Ignore"/> means the column is not read.</summary>
public enum BookField
{
    Ignore,
    Client,
    ContactPerson,
    Email,
    Phone,
    TaxId,
    Address,
    Sector,
    LastContactDate,
    ContactType,
    DealValue,
    Currency,
    Product,
    LastUpdateDate,
    OutstandingBalance,
    DaysOverdue,
    PurchaseCount,
    City,
    Country,
    Notes,
}

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

    // Sales lines (appended: the numbers of the fields above are stored in saved mappings and import jobs).

    /// <summary>Units sold on the line; with <see cref="UnitPrice"/> it gives the line's value when no column holds it.</summary>
    Quantity,

    UnitPrice,

    /// <summary>The line's discount: an amount, or a percentage ("10%") of quantity × unit price.</summary>
    Discount,

    /// <summary>Won, open or lost (see <see cref="SalesStages"/>).</summary>
    Stage,

    /// <summary>Whether the candidate won the client, inherited it or was assigned it (see <see cref="ClientOrigins"/>).</summary>
    Origin,
}

namespace PortfolioEval.Books;

/// <summary>
/// What a client's rows say that names nobody: the facts scoring and the display label read. Declared once here and
/// shared by a row as read (<see cref="ParsedRow"/>), a client once its rows are merged (<see cref="ImportedClient"/>)
/// and a client as stored (<c>PseudonymisedClient</c>), so a new fact is one property here, its merge rule in
/// <see cref="ClientAggregator"/> and its lines in the stored client format.
/// </summary>
public abstract record ClientFacts
{
    public string? Sector { get; init; }

    /// <summary>Contact type of the most recent contact.</summary>
    public string? ContactType { get; init; }

    /// <summary>Product of the most recent contact.</summary>
    public string? Product { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    /// <summary>Latest contact date over the client's rows.</summary>
    public DateOnly? LastContact { get; init; }

    /// <summary>
    /// Earliest contact date over the client's rows: in a book of one row per purchase, the first purchase (null on a
    /// single row, and in books stored before it was kept).
    /// </summary>
    public DateOnly? FirstContact { get; init; }

    /// <summary>
    /// Distinct contact dates over the client's rows: in a book of one row per purchase, the days it bought (0 on a
    /// single row, and in books stored before it was kept).
    /// </summary>
    public int ContactDays { get; init; }

    /// <summary>Latest update date over the client's rows.</summary>
    public DateOnly? LastUpdate { get; init; }

    /// <summary>Sum of the deal values, or null when the rows mix currencies (see <see cref="ValuesByCurrency"/>).</summary>
    public decimal? Value { get; init; }

    /// <summary>ISO 4217 code of <see cref="Value"/>, or null when unknown or mixed.</summary>
    public string? Currency { get; init; }

    /// <summary>One total per currency. More than one entry means the client's rows mix currencies; empty on a single row.</summary>
    public IReadOnlyList<CurrencyAmount> ValuesByCurrency { get; init; } = [];

    /// <summary>
    /// The client's won sales by day and currency, when they cannot all be placed at <see cref="LastContact"/> (rows on
    /// two days or more); null when they can: one row per client, or every valued row on the last contact date, and in
    /// books stored before it was kept. Revenue windows read it (docs/SCORING.md, "Activity").
    /// </summary>
    public DatedSales? DatedSales { get; init; }

    /// <summary>Sum of the outstanding balances of the rows (one row per invoice adds up; one row per client is itself).</summary>
    public decimal? OutstandingBalance { get; init; }

    /// <summary>Largest days overdue over the client's rows: the worst debt is the one that matters.</summary>
    public int? DaysOverdue { get; init; }

    /// <summary>
    /// Sum of the purchase-count column when the book has one, otherwise the number of rows; on a single row, the
    /// row's own count (0 when the column is absent or empty).
    /// </summary>
    public int PurchaseCount { get; init; }

    /// <summary>How many rows of the book were merged into this client (1 for a single row).</summary>
    public int RowCount { get; init; }

    /// <summary>
    /// Whether the candidate won, inherited or was assigned the client: the book's origin column, else the candidate's
    /// choice for the whole book; <see cref="ClientOrigin.Unknown"/> when neither says (and in books stored before).
    /// </summary>
    public ClientOrigin Origin { get; init; }
}

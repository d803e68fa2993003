namespace PortfolioEval.Books;

/// <summary>
/// A book read to its end: what happened to every row (as in <see cref="BookImportResult"/>) and its clients, taken
/// once and one at a time (<see cref="TakeClients"/>), so an import can pseudonymise and store them client by client.
/// </summary>
public sealed class BookReading
{
    private readonly ClientAggregator aggregator;

    internal BookReading(ClientAggregator aggregator) => this.aggregator = aggregator;

    public required int RowsRead { get; init; }
    public required int BlankRowsSkipped { get; init; }
    public required int RowsRejected { get; init; }
    public required int RowsAggregated { get; init; }

    /// <summary>Imported rows with a field left empty because its value failed (a warning each, in <see cref="Rejections"/>).</summary>
    public int RowsWithWarnings { get; init; }
    public int RowsImported => RowsRead - BlankRowsSkipped - RowsRejected - RowsLost - RowsOpen;

    /// <summary>Lines whose stage says the deal was lost: no sale, not imported, counted.</summary>
    public int RowsLost { get; init; }

    /// <summary>Lines whose stage says the deal is still open: pipeline, not sales, not imported, counted.</summary>
    public int RowsOpen { get; init; }

    /// <summary>The open deals' values, one total per currency (null: not stated), never added together.</summary>
    public IReadOnlyList<CurrencyAmount> Pipeline { get; init; } = [];

    /// <summary>How many clients <see cref="TakeClients"/> gives.</summary>
    public int Clients => aggregator.Count;

    public required IReadOnlyList<RowRejection> Rejections { get; init; }
    public required IReadOnlyDictionary<int, DateOrder> DateOrders { get; init; }
    public bool StoppedAtBlankRun { get; init; }

    /// <summary>The clients in the order first seen; each one's merged rows are let go once it is handed out. Once only.</summary>
    public IEnumerable<ImportedClient> TakeClients() => aggregator.Drain();

    /// <summary>Everything at once, the clients in a list.</summary>
    public BookImportResult ToResult() => new()
    {
        RowsRead = RowsRead,
        BlankRowsSkipped = BlankRowsSkipped,
        RowsRejected = RowsRejected,
        RowsAggregated = RowsAggregated,
        RowsWithWarnings = RowsWithWarnings,
        RowsLost = RowsLost,
        RowsOpen = RowsOpen,
        Pipeline = Pipeline,
        Clients = [.. TakeClients()],
        Rejections = Rejections,
        DateOrders = DateOrders,
        StoppedAtBlankRun = StoppedAtBlankRun,
    };
}

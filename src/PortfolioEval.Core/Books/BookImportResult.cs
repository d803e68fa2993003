namespace PortfolioEval.Books;

/// <summary>
/// What an import did with every row. Rows imported + <see cref="RowsRejected"/> + <see cref="BlankRowsSkipped"/>
/// + <see cref="RowsLost"/> + <see cref="RowsOpen"/> always equals <see cref="RowsRead"/>; <see cref="RowsAggregated"/> counts imported rows merged into an earlier client,
/// so <see cref="Clients"/>.Count + <see cref="RowsAggregated"/> equals rows imported.
/// </summary>
public sealed record BookImportResult
{
    /// <summary>Rows between the header and the last non-blank row of the sheet.</summary>
    public required int RowsRead { get; init; }

    public required int BlankRowsSkipped { get; init; }

    /// <summary>Rows with at least one problem. A rejected row is not imported at all.</summary>
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

    public required IReadOnlyList<ImportedClient> Clients { get; init; }

    /// <summary>
    /// One entry per problem: a row with two bad cells appears twice, with the same row number. Warnings
    /// (<see cref="RowRejection.Kept"/>) are problems of imported rows.
    /// </summary>
    public required IReadOnlyList<RowRejection> Rejections { get; init; }

    /// <summary>The date order each date column was read with.</summary>
    public required IReadOnlyDictionary<int, DateOrder> DateOrders { get; init; }

    /// <summary>True when the sheet ended at a long run of blank rows (see <see cref="BookLimits.MaxConsecutiveBlankRows"/>).</summary>
    public bool StoppedAtBlankRun { get; init; }
}

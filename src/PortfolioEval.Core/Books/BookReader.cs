namespace PortfolioEval.Books;

/// <summary>
/// Imports a client book with a confirmed <see cref="ColumnMapping"/>, accounting for every row below the header:
/// each is read, and then imported, rejected with its reasons, skipped as blank, or (in a book with a stage column)
/// counted as an open deal (pipeline) or a lost one. Blank rows after the last data
/// row are not rows of the book and are not counted.
/// </summary>
public static class BookReader
{
    /// <summary>How often <c>progress</c> hears the number of rows read so far.</summary>
    public const int ProgressEvery = 1000;

    /// <summary>
    /// Reads the book in two streaming passes over the mapped sheet: the first settles each column's date order and
    /// decimal separator from all its values (so row 5,000's 25/03 can settle row 2's 04/06), the second imports.
    /// The stream must be seekable; it is read, not disposed.
    /// </summary>
    /// <exception cref="BookReadException">The file is not a readable client book.</exception>
    public static BookImportResult Read(
        Stream stream,
        BookReadOptions options,
        ColumnMapping mapping,
        IProgress<int>? progress = null,
        CancellationToken cancellation = default) =>
        ReadStreamed(stream, options, mapping, settled: null, progress, helper: null, cancellation).ToResult();

    /// <summary>
    /// Reads the book in one pass when <paramref name="settled"/> inspected the mapped sheet and header row (it settled
    /// each column's date order and separator from the first rows; the pass checks them against every row and reads
    /// again, with the whole columns' verdict, only when a later row decides otherwise), otherwise in two, as
    /// <see cref="Read"/> does. The clients are taken one at a time from the result.
    /// </summary>
    /// <param name="helper">When given, asked before each batch of rows for a second thread that reads the next batch
    /// while this one interprets (<see cref="ReadAhead"/>); null from it, or no helper, and the reading keeps to one thread.</param>
    /// <exception cref="BookReadException">The file is not a readable client book.</exception>
    public static BookReading ReadStreamed(
        Stream stream,
        BookReadOptions options,
        ColumnMapping mapping,
        BookInspection? settled,
        IProgress<int>? progress = null,
        Func<Action, Task?>? helper = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mapping);
        using var source = BookOpener.Open(stream, options);
        if (mapping.SheetIndex >= source.Sheets.Count)
            throw new BookReadException(BookError.SheetNotFound, $"sheet {mapping.SheetIndex}");
        var guard = new RowGuard(options.Limits);

        var fromInspection = settled is not null && settled.SheetIndex == mapping.SheetIndex && settled.HeaderRow == mapping.HeaderRow;
        var plans = fromInspection
            ? ColumnPlan.For(mapping, settled!, options)
            : Settle(source, guard, options, mapping, cancellation);
        var settling = fromInspection ? new ColumnSettling(plans) : null;
        var reading = ReadRows(source, guard, options, mapping, plans, settling, progress, helper, cancellation);
        // The inspection saw the first rows only: when the whole columns settle otherwise, read again with their verdict.
        return settling?.Differences(plans, options) is { } resettled
            ? ReadRows(source, guard, options, mapping, resettled, null, progress, helper, cancellation)
            : reading;
    }

    private static BookReading ReadRows(IBookSource source, RowGuard guard, BookReadOptions options, ColumnMapping mapping,
        IReadOnlyList<ColumnPlan> plans, ColumnSettling? settling, IProgress<int>? progress, Func<Action, Task?>? helper, CancellationToken cancellation)
    {
        var interpreter = new RowInterpreter(plans, options.AsOf, LineDefaults.Of(options), settling);
        var aggregator = new ClientAggregator(mapping.Has(BookField.PurchaseCount), options.AsOf.AddMonths(-DatedSales.KeptMonths));
        var rejections = new List<RowRejection>();
        var pipeline = new Pipeline();
        int read = 0, blank = 0, rejected = 0, aggregated = 0, lost = 0, warned = 0, pendingBlank = 0, reported = 0;

        foreach (var row in ReadAhead.Of(guard.Apply(source.ReadSheet(mapping.SheetIndex, cancellation)), helper))
        {
            if (row.Number <= mapping.HeaderRow)
                continue;
            if (row.IsBlank)
            {
                pendingBlank++;
                continue;
            }

            // Blank rows count once a data row follows them: trailing ones are the sheet's end, not skipped rows.
            (read, blank, pendingBlank) = (read + pendingBlank + 1, blank + pendingBlank, 0);
            // Won lines are sales; open ones are pipeline and lost ones no business: both counted, neither a client.
            var problems = rejections.Count;
            if (interpreter.Interpret(row, rejections) is not { } parsed)
                rejected++;
            else if (parsed.Stage == SalesStage.Lost)
                lost++;
            else if (parsed.Stage == SalesStage.Open)
                pipeline.Add(parsed.Currency, parsed.Value);
            else
            {
                warned += rejections.Count > problems ? 1 : 0;
                if (aggregator.Add(parsed))
                    aggregated++;
            }
            if (read - reported >= ProgressEvery)
                progress?.Report(reported = read);
        }

        if (read == 0)
            throw new BookReadException(BookError.HeaderOnly, $"nothing below row {mapping.HeaderRow}");
        progress?.Report(read);
        return new BookReading(aggregator)
        {
            RowsRead = read,
            BlankRowsSkipped = blank,
            RowsRejected = rejected,
            RowsAggregated = aggregated,
            RowsWithWarnings = warned,
            RowsLost = lost,
            RowsOpen = pipeline.Rows,
            Pipeline = pipeline.Totals,
            Rejections = rejections,
            DateOrders = plans.Where(p => p.Field is BookField.LastContactDate or BookField.LastUpdateDate)
                .ToDictionary(p => p.Index, p => p.DateOrder),
            StoppedAtBlankRun = guard.StoppedAtBlankRun,
        };
    }

    // The first pass: every data row's values, to settle each column's date order and separator.
    private static IReadOnlyList<ColumnPlan> Settle(IBookSource source, RowGuard guard, BookReadOptions options, ColumnMapping mapping, CancellationToken cancellation)
    {
        var profile = SheetProfile.Build(guard.Apply(source.ReadSheet(mapping.SheetIndex, cancellation)), mapping.HeaderRow);
        if (profile.DataRows == 0)
            throw new BookReadException(BookError.HeaderOnly, $"nothing below row {mapping.HeaderRow}");
        return ColumnPlan.For(mapping, profile, options);
    }
}

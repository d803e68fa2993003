namespace PortfolioEval.Books;

/// <summary>
/// Reads enough of a book to tell the candidate what it understood: the sheets, the one chosen, its header row,
/// each column's suggested field (from the first <see cref="ProfiledRows"/> data rows) and the first rows. Nothing is
/// imported here.
/// </summary>
public static class BookInspector
{
    /// <summary>
    /// Data rows whose values the proposals, date orders and decimal marks are drawn from: the first ones, enough for
    /// any column's pattern. The rows after them are only counted (CSV, xls) or, in xlsx, not read at all: the sheet's
    /// size is estimated (<see cref="BookInspection.DataRowsEstimated"/>); the import reads every row and settles each
    /// mapped column from all its values.
    /// </summary>
    public const int ProfiledRows = 5000;

    /// <summary>Inspects a book. The stream must be seekable; it is read, not disposed.</summary>
    /// <exception cref="BookReadException">The file is not a readable client book.</exception>
    public static BookInspection Inspect(Stream stream, BookReadOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var source = BookOpener.Open(stream, options);
        var guard = new RowGuard(options.Limits);

        var heads = new List<(SheetInfo Sheet, int? HeaderRow)>();
        for (var i = 0; i < source.Sheets.Count; i++)
        {
            var sheet = i;
            var found = HeaderLocator.Locate(guard.Apply(source.ReadSheet(sheet, cancellation)), row => source.IsMergedTitle(sheet, row));
            var (name, hidden) = source.Sheets[i];
            heads.Add((new SheetInfo(i, name, hidden, found?.Recognised ?? 0), found?.Row));
        }

        var withContent = heads.Where(h => h.HeaderRow is not null).Select(h => h.Sheet.Index).ToHashSet();
        var chosen = Choose(heads.Select(h => h.Sheet).ToList(), withContent, options);
        var headerRow = options.HeaderRow ?? heads[chosen].HeaderRow
            ?? throw new BookReadException(BookError.Empty, "no sheet holds any value");

        var profile = SheetProfile.Build(guard.Apply(source.ReadSheet(chosen, cancellation)), headerRow, ProfiledRows,
            () => source.EstimatedLastRow(chosen) is { } last && last <= options.Limits.MaxRows ? last : null);
        if (profile.DataRows == 0)
            throw new BookReadException(BookError.HeaderOnly, $"nothing below row {headerRow}");
        var columns = FieldSuggester.Suggest(profile, options.IsKnownSector);
        // A column whose header named a field its values then ruled out was still recognised: the page says why.
        if (columns.All(c => c.SuggestedField == BookField.Ignore && c.Evidence.Count == 0))
            throw new BookReadException(BookError.NoRecognisableColumn);

        return new BookInspection
        {
            Format = source.Format,
            Encoding = source.EncodingName,
            Delimiter = source.Delimiter,
            Sheets = heads.Select(h => h.Sheet).ToList(),
            SheetIndex = chosen,
            HeaderRow = headerRow,
            Columns = columns,
            Preview = profile.Preview,
            DataRows = profile.DataRows,
            DataRowsEstimated = profile.DataRowsEstimated,
            FallbackDateOrder = options.FallbackDateOrder,
            FallbackDecimalSeparator = options.FallbackDecimalSeparator,
        };
    }

    /// <summary>
    /// The candidate's sheet if given; otherwise the visible sheet with most recognised columns, preferring sheets
    /// with content, first on a tie. Hidden sheets are chosen only when every sheet is hidden.
    /// </summary>
    internal static int Choose(IReadOnlyList<SheetInfo> sheets, IReadOnlySet<int> withContent, BookReadOptions options)
    {
        if (options.SheetIndex is { } index)
            return index >= 0 && index < sheets.Count ? index : throw new BookReadException(BookError.SheetNotFound, $"sheet {index}");
        if (options.SheetName is { } name)
            return sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))?.Index
                ?? throw new BookReadException(BookError.SheetNotFound, "no sheet of that name");
        var candidates = sheets.Any(s => !s.Hidden) ? sheets.Where(s => !s.Hidden) : sheets;
        return candidates.OrderByDescending(s => s.RecognisedColumns)
            .ThenByDescending(s => withContent.Contains(s.Index)).ThenBy(s => s.Index).First().Index;
    }
}

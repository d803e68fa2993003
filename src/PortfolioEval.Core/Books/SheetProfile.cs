namespace PortfolioEval.Books;

/// <summary>
/// One pass over a sheet's data rows (below the header): per-column value profiles (of every row, or of the first
/// ones when sampled), the number of data rows and the first rows for the preview. Streams: it holds only counters
/// and the preview, whatever the sheet's size.
/// </summary>
internal sealed class SheetProfile
{
    public const int PreviewRows = 10;
    private readonly List<ColumnProfile> columns = [];
    private readonly List<PreviewRow> preview = [];

    private SheetProfile(SheetRow header) => Header = header;

    public SheetRow Header { get; }

    /// <summary>
    /// Rows below the header up to the last one with a value, counted as the import counts them (a blank row between
    /// clients is a row read and skipped; blank rows after the last client are not rows of the book).
    /// </summary>
    public int DataRows { get; private set; }

    /// <summary>Columns up to the last one with a header or a value.</summary>
    public int Width { get; private set; }

    /// <summary>The first data rows, each padded to <see cref="Width"/> cells.</summary>
    public IReadOnlyList<PreviewRow> Preview =>
        [.. preview.Select(p => p.Cells.Count >= Width ? p : p with { Cells = [.. p.Cells, .. Enumerable.Repeat("", Width - p.Cells.Count)] })];

    public ColumnProfile Column(int index) => index < columns.Count ? columns[index] : new ColumnProfile();

    public string HeaderText(int index) => Header.Text(index);

    /// <summary>
    /// True when <see cref="DataRows"/> is an estimate of the sheet's extent rather than a count: the rows after the
    /// profiled ones were not read (see <see cref="Build"/>).
    /// </summary>
    public bool DataRowsEstimated { get; private set; }

    /// <summary>The data rows whose values are in the column profiles: all of them, or the first <c>profiledRows</c>.</summary>
    public int ProfiledRows { get; private set; }

    /// <summary>
    /// Reads rows up to and including the header, then profiles the first <paramref name="profiledRows"/> non-blank
    /// rows after it (all of them by default) and counts the rest without looking at their values. When
    /// <paramref name="estimatedLastRow"/> then names a row further down (an xlsx sheet's dimension, or its size), the
    /// rest is not read at all and <see cref="DataRows"/> is estimated from it.
    /// </summary>
    public static SheetProfile Build(IEnumerable<SheetRow> rows, int headerRow, int profiledRows = int.MaxValue, Func<int?>? estimatedLastRow = null)
    {
        SheetProfile? profile = null;
        var pendingBlank = 0;
        foreach (var row in rows)
        {
            if (row.Number < headerRow)
                continue;
            if (profile is null)
            {
                profile = new SheetProfile(row.Number == headerRow ? row : new SheetRow(headerRow, []));
                profile.Width = profile.Header.Cells.Length;
                if (row.Number == headerRow)
                    continue;
            }

            if (row.IsBlank)
            {
                pendingBlank++;
                continue;
            }

            profile.DataRows += pendingBlank + 1;
            pendingBlank = 0;
            profile.Width = Math.Max(profile.Width, row.Cells.Length);
            if (profile.ProfiledRows == profiledRows)
                continue; // counted, not profiled
            profile.Add(row);
            if (profile.ProfiledRows == profiledRows && estimatedLastRow?.Invoke() is { } last && last > row.Number)
            {
                profile.DataRows = last - headerRow;
                profile.DataRowsEstimated = true;
                break;
            }
        }

        return profile ?? new SheetProfile(new SheetRow(headerRow, []));
    }

    private void Add(SheetRow row)
    {
        ProfiledRows++;
        while (columns.Count < row.Cells.Length)
            columns.Add(new ColumnProfile());
        for (var i = 0; i < row.Cells.Length; i++)
            columns[i].Add(row.Cells[i]);
        if (preview.Count < PreviewRows)
            preview.Add(new PreviewRow(row.Number, [.. Enumerable.Range(0, row.Cells.Length).Select(row.Text)])
            {
                NumberCells = [.. Enumerable.Range(0, row.Cells.Length).Where(i => row.Cells[i] is double)],
            });
    }
}

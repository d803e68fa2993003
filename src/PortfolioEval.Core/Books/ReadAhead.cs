namespace PortfolioEval.Books;

/// <summary>
/// A sheet's rows read one batch ahead on a second thread while the caller interprets the batch before, so reading
/// the file (decryption, decoding, splitting or unzipping and parsing) and interpreting its rows take two cores
/// instead of following each other on one. The rows come out in the sheet's order either way.
/// </summary>
/// <remarks>
/// The helper is asked before each batch, as the pseudonymiser asks it: the web starts a low-priority thread of its
/// own only when no request waits, and returns null otherwise, when the caller reads that batch itself. Only one
/// thread at a time ever touches the source: the caller waits for the batch ahead before it reads on, and before the
/// source is disposed, whatever ends the reading. A source that fails (a damaged file, a row over the limits) fails
/// where the sheet's order puts it: after the rows before it were interpreted, as on one thread. Every row is a new
/// <see cref="SheetRow"/> with cells of its own (both sources make them so), which is what lets a batch wait.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>Rows a batch: tens of milliseconds of interpreting, so the choice of cores is made often and a thread started seldom.</summary>
    public const int BatchSize = 4096;

    public static IEnumerable<SheetRow> Of(IEnumerable<SheetRow> rows, Func<Action, Task?>? helper) =>
        helper is null ? rows : Batched(rows, helper);

    private static IEnumerable<SheetRow> Batched(IEnumerable<SheetRow> rows, Func<Action, Task?> helper)
    {
        using var source = rows.GetEnumerator();
        var batch = new List<SheetRow>(BatchSize);
        var ahead = new List<SheetRow>(BatchSize);
        var more = Fill(source, batch);
        while (batch.Count > 0)
        {
            var reading = more ? helper(() => more = Fill(source, ahead)) : null;
            var interpreted = false;
            try
            {
                foreach (var row in batch)
                    yield return row;
                interpreted = true;
            }
            finally
            {
                // The caller stopped early (it failed, or was cancelled): the batch ahead ends before the source is let go.
                if (!interpreted)
                    WaitQuietly(reading);
            }

            if (reading is not null)
                reading.GetAwaiter().GetResult();
            else if (more)
                more = Fill(source, ahead);
            (batch, ahead) = (ahead, batch);
            ahead.Clear();
        }
    }

    // False once the source has no rows left.
    private static bool Fill(IEnumerator<SheetRow> source, List<SheetRow> batch)
    {
        while (batch.Count < BatchSize)
        {
            if (!source.MoveNext())
                return false;
            batch.Add(source.Current);
        }

        return true;
    }

    private static void WaitQuietly(Task? reading)
    {
        try
        {
            reading?.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // The caller's own failure is the one that counts: it came first in the sheet's order.
        }
    }
}

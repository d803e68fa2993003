namespace PortfolioEval.Books;

/// <summary>
/// Picks the field delimiter of a text book among ',', ';' and tab: the one that splits the most sample records
/// into the same number (above one) of fields. Title lines split into one field whatever the delimiter, so they do
/// not vote; a ';' file with 1.234,56 amounts has a steady count of ';' but not of ','.
/// </summary>
internal static class DelimiterDetector
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static char Detect(string sample, bool sampleIsWholeFile, int maxCellChars)
    {
        var best = (Delimiter: ',', Votes: 0, Fields: 0);
        foreach (var delimiter in Candidates)
        {
            var counts = FieldCounts(sample, sampleIsWholeFile, delimiter, maxCellChars).Where(c => c > 1).ToList();
            if (counts.Count == 0)
                continue;
            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            if (mode.Count() > best.Votes || (mode.Count() == best.Votes && mode.Key > best.Fields))
                best = (delimiter, mode.Count(), mode.Key);
        }

        return best.Delimiter;
    }

    // Field counts of the sample's records, leaving out the last one when the sample may have cut it.
    private static List<int> FieldCounts(string sample, bool sampleIsWholeFile, char delimiter, int maxCellChars)
    {
        var reader = new CsvRecordReader(new StringReader(sample), delimiter, maxCellChars, maxColumns: int.MaxValue);
        var fields = new List<string>();
        var counts = new List<int>();
        try
        {
            while (counts.Count < 100 && reader.TryRead(fields))
                counts.Add(reader.FieldCount);
        }
        catch (BookReadException)
        {
            // A quote the sample cut open, or an oversized field: judge on the records before it.
        }

        if (!sampleIsWholeFile && counts.Count > 1)
            counts.RemoveAt(counts.Count - 1);
        return counts;
    }
}

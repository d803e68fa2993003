using ExcelDataReader;

namespace PortfolioEval.Bench.Floors;

/// <summary>
/// ExcelDataReader alone: open the book, visit every cell of every sheet with GetValue, nothing else. The cost the
/// reader cannot go below while it reads xlsx and xls through this library.
/// </summary>
public static class ExcelDataReaderFloor
{
    /// <summary>The number of non-empty cells, so the work cannot be optimised away and can be checked.</summary>
    public static long Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        long cells = 0;
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null)
                        cells++;
                }
            }
        }
        while (reader.NextResult());
        return cells;
    }
}

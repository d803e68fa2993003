using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Delimited text built to make the reader hold far more than the file: every bound applies while a record is read,
/// and the refusal names the row, the column and the reason.
/// </summary>
public class HostileCsvTests
{
    /// <summary>The file of issue 20: a header of "Cliente" and then 24 million commas, 24 MB on disk.</summary>
    internal static byte[] CommaBomb(int commas = 24_000_000)
    {
        var bytes = new byte[7 + commas + 8];
        "Cliente"u8.CopyTo(bytes);
        bytes.AsSpan(7, commas).Fill((byte)',');
        "\nAcme;1\n"u8.CopyTo(bytes.AsSpan(7 + commas));
        return bytes;
    }

    [Fact]
    public void Inspect_HeaderFollowedByMillionsOfCommas_IsRefusedAtTheFieldLimit_WithoutHoldingTheFields()
    {
        var book = CommaBomb();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<BookReadException>(() => TestBooks.Inspect(book));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(BookError.TooManyColumns, refused.Error);
        Assert.Equal(1, refused.Row);
        Assert.Equal(BookLimits.MaxFieldsPerRow + 1, refused.Column);
        // Before the fix the reader listed all 24 million empty fields: over 300 MB of references for one row.
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated to refuse a 24 MB file");
    }

    [Fact]
    public void Inspect_TrailingEmptyFieldsWithinTheFieldLimit_AreTrimmedNotRefused()
    {
        var book = TestBooks.Csv("Cliente,Monto" + new string(',', 5000) + "\nAcme,100" + new string(',', 5000) + "\n");

        var inspection = TestBooks.Inspect(book);

        Assert.Equal(["Cliente", "Monto"], inspection.Columns.Select(c => c.Header));
    }

    [Fact]
    public void Inspect_DataPastTheColumnLimit_NamesTheRowAndTheColumn()
    {
        var book = TestBooks.Csv("Cliente;Monto\r\nA;1\r\nB;2" + new string(';', 248) + "x\r\n");

        var refused = Assert.Throws<BookReadException>(() => TestBooks.Inspect(book));

        Assert.Equal(BookError.TooManyColumns, refused.Error);
        Assert.Equal(3, refused.Row);
        Assert.Equal(250, refused.Column);
    }

    [Fact]
    public void Inspect_RowOfLongBlankFields_IsRefusedPastTheColumnLimit_WithoutKeepingTheBlanks()
    {
        // Spaces only: each field is empty to the reader, so none of them may be kept while the row is read.
        var text = new StringBuilder("Cliente;Monto\r\nA;1\r\n");
        for (var i = 0; i < 10_000; i++)
            text.Append(' ', 1_000).Append(';');
        var book = TestBooks.Csv(text.Append("x\r\n").ToString());
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<BookReadException>(() => TestBooks.Inspect(book));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(BookError.TooManyColumns, refused.Error);
        Assert.Equal(3, refused.Row);
        Assert.Equal(10_001, refused.Column);
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated for a 10 MB row of blanks");
    }

    [Fact]
    public void Inspect_LongSingleField_IsRefusedAsTooLarge_NamingRowAndColumn()
    {
        var book = TestBooks.Csv("Cliente;Notas\r\nA;1\r\nB;\"" + new string('x', 5_000_000) + "\"\r\n");

        var refused = Assert.Throws<BookReadException>(() => TestBooks.Inspect(book));

        Assert.Equal(BookError.CellTooLarge, refused.Error);
        Assert.Equal(3, refused.Row);
        Assert.Equal(2, refused.Column);
    }
}

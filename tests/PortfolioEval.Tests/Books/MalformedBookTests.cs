using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

public class MalformedBookTests
{
    public static TheoryData<string> Cases => [.. MalformedBooks.All.Keys];

    [Fact]
    public void TheSet_HoldsAtLeastThirtyFiles() => Assert.True(MalformedBooks.All.Count >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inspect_MalformedBook_FailsWithItsOwnReason(string name)
    {
        var (make, expected, adjust) = MalformedBooks.All[name];
        var options = (adjust ?? (o => o))(TestBooks.Options());

        var error = Assert.Throws<BookReadException>(() => BookInspector.Inspect(new MemoryStream(make()), options));

        Assert.Equal(expected, error.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_MalformedBook_FailsWithABookErrorToo(string name)
    {
        var (make, _, adjust) = MalformedBooks.All[name];
        var options = (adjust ?? (o => o))(TestBooks.Options());
        var mapping = new ColumnMapping(0, 1, new Dictionary<int, BookField> { [0] = BookField.Client });

        var error = Record.Exception(() => BookReader.Read(new MemoryStream(make()), options, mapping));

        Assert.True(error is null or BookReadException, $"{name}: {error?.GetType().Name}");
    }

    [Fact]
    public void Read_SheetOutsideTheBook_IsSheetNotFound()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s => s.Row("Cliente").Row("A")).Build();
        var mapping = new ColumnMapping(2, 1, new Dictionary<int, BookField> { [0] = BookField.Client });

        var error = Assert.Throws<BookReadException>(() => BookReader.Read(new MemoryStream(book), TestBooks.Options(), mapping));

        Assert.Equal(BookError.SheetNotFound, error.Error);
    }

    [Fact]
    public void Inspect_EncryptedWorkbook_SaysPasswordProtected()
    {
        var error = Assert.Throws<BookReadException>(() => TestBooks.Inspect(CfbBuilder.WithStreams("EncryptionInfo", "EncryptedPackage")));

        Assert.Equal(BookError.PasswordProtected, error.Error);
    }
}

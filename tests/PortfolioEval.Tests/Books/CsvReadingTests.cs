using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

public class CsvReadingTests
{
    private const string Spanish = "Cliente;Rubro;Monto\nCompañía Minera Ñandú;Minería;1.500,00\nAgrícola Cóndor;Agro;300,00\n";

    public static TheoryData<string, byte[], string> Encodings => new()
    {
        { "UTF-8", TestBooks.Csv(Spanish), "utf-8" },
        { "UTF-8 with BOM", TestBooks.Csv(Spanish, bom: true), "utf-8" },
        { "UTF-16 LE with BOM", TestBooks.Csv(Spanish, Encoding.Unicode, bom: true), "utf-16" },
        { "UTF-16 BE with BOM", TestBooks.Csv(Spanish, Encoding.BigEndianUnicode, bom: true), "utf-16BE" },
        { "Windows-1252", TestBooks.Csv(Spanish, TestBooks.Windows1252), "windows-1252" },
        { "CP850", TestBooks.Csv(Spanish, TestBooks.Cp850), "ibm850" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Import_SpanishTextInAnyEncoding_ReadsAccentsAndEnye(string name, byte[] book, string webName)
    {
        var inspection = TestBooks.Inspect(book);
        var result = TestBooks.Import(book);

        Assert.True(webName == inspection.Encoding, $"{name}: detected {inspection.Encoding}");
        Assert.Equal(["Compañía Minera Ñandú", "Agrícola Cóndor"], result.Clients.Select(c => c.ClientName));
        Assert.Equal("Minería", result.Clients[0].Sector);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Inspect_Delimiter_IsDetected(char delimiter)
    {
        string[][] rows = [["Client", "Email", "Amount"], ["Acme, Inc.", "a@acme.com", "1,200.00"], ["Beta LLC", "b@beta.com", "300.00"]];
        var text = string.Join('\n', rows.Select(r => string.Join(delimiter, r.Select(f => f.Contains(delimiter, StringComparison.Ordinal) ? $"\"{f}\"" : f))));

        var inspection = TestBooks.Inspect(TestBooks.Csv(text));

        Assert.Equal(delimiter, inspection.Delimiter);
        Assert.Equal(["Client", "Email", "Amount"], inspection.Columns.Select(c => c.Header));
    }

    [Fact]
    public void Inspect_SemicolonBookWithCommaDecimals_PicksSemicolon()
    {
        var book = TestBooks.Csv("Cliente;Monto;Saldo\nA;1.234,56;10,5\nB;2,5;1.000,25\nC;3;4,75\n");

        Assert.Equal(';', TestBooks.Inspect(book).Delimiter);
    }

    [Fact]
    public void Import_QuotedFields_KeepDelimitersLineBreaksAndQuotes()
    {
        var book = TestBooks.Csv("Client,Notes,Address\r\n\"Acme, Inc.\",\"said \"\"call back\"\"\nnext week\",\"Av. Arequipa 123\r\nLima\"\r\nBeta,,Jr. Puno 5\r\n");

        var result = TestBooks.Import(book);

        Assert.Equal(["Acme, Inc.", "Beta"], result.Clients.Select(c => c.ClientName));
        Assert.Equal("Av. Arequipa 123\r\nLima", result.Clients[0].Address);
        Assert.Equal(2, result.RowsRead);
    }

    [Fact]
    public void Import_RowNumbers_CountRecordsAsTheSpreadsheetShowsThem()
    {
        var book = TestBooks.Csv("Cartera de clientes 2026\n\nCliente,Fecha\n\"Multi\nline\",01/01/2026\nSin fecha,31/02/2026\n");

        var result = TestBooks.Import(book);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(5, rejection.SheetRowNumber);
        Assert.Equal("Fecha", rejection.ColumnHeader);
        Assert.Equal(RejectionReason.ImpossibleDate, rejection.Reason);
    }

    [Fact]
    public void Inspect_TitleLinesAboveHeader_FindsTheHeader()
    {
        var book = TestBooks.Csv("REPORTE DE VENTAS\nGenerado: 30/06/2026\n\nCliente;Fecha último contacto;Monto\nA;01/02/2026;100\n");

        var inspection = TestBooks.Inspect(book);

        Assert.Equal(4, inspection.HeaderRow);
        Assert.Equal([BookField.Client, BookField.LastContactDate, BookField.DealValue], inspection.Columns.Select(c => c.SuggestedField));
    }

    [Fact]
    public void Inspect_TrailingDelimiters_DropEmptyColumns()
    {
        var book = TestBooks.Csv("Cliente;Monto;;;\nA;100;;;\nB;200;;;\n");

        Assert.Equal(2, TestBooks.Inspect(book).Columns.Count);
    }

    [Fact]
    public void Inspect_Preview_HasOneCellPerColumnAndAtMostTenRows()
    {
        var rows = string.Concat(Enumerable.Range(0, 15).Select(i => $"C{i};{(i == 0 ? "" : "x")}\n"));
        var inspection = TestBooks.Inspect(TestBooks.Csv("Cliente;Rubro\n" + rows));

        Assert.Equal(10, inspection.Preview.Count);
        Assert.Equal(["C0", ""], inspection.Preview[0].Cells);
        Assert.Equal(15, inspection.DataRows);
    }
}

using PortfolioEval.SampleBooks.Generation;
using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>
/// A Spanish CSV of 28 clients with the mistakes real books have, each of which the reader must reject with its
/// reason: an impossible date, a future date, a shorthand amount, a row without client, a mistyped email, a blank
/// separator row and a totals row at the end. Header on row 1, so client i (from 0) is on row i + 2, or i + 3 once
/// past the blank row. SampleBookTests asserts each planted row by number; keep the two in step.
/// </summary>
public static class ErrorBook
{
    private const int Clients = 28;
    private const int BlankAfter = 21;

    private static readonly IReadOnlyList<Column<FakeClient>> Columns =
    [
        new("Cliente", c => c.Name), new("Contacto", c => c.ContactPerson), new("Correo", c => c.Email),
        new("Rubro", c => c.SectorText), new("Fecha último contacto", c => c.LastContact),
        new("Monto", c => new Money(c.DealValue, c.Currency)), new("Moneda", c => c.Currency),
        new("Producto", c => c.Product),
    ];

    public static void Write(string path, ClientFactory factory)
    {
        var style = CsvStyle.SpanishExcel;
        var clients = factory.Many(Clients).ToList();
        var rows = clients.Select(c => Columns.Select(column => style.Format(column.Value(c))).ToArray()).ToList();

        rows[2][4] = "31/02/2025";          // row 4: February has no 31st
        rows[6][4] = "15/03/2062";          // row 8: 2026 mistyped; stays in the future for decades
        (rows[10][5], rows[10][6]) = ("USD 10k", "USD"); // row 12: shorthand, not a number
        rows[14][0] = "";                   // row 16: the client name was never filled in
        rows[18][2] = rows[18][2].Replace('@', '.'); // row 20: "@" typed as "."

        var total = clients.Where((_, i) => i != 10).Sum(c => c.DealValue);
        BookFiles.Csv(path, style, CsvEncodings.Utf8(bom: true), sink =>
        {
            sink.Header(Columns.Select(c => c.Header).ToList());
            for (var i = 0; i < rows.Count; i++)
            {
                sink.Row(rows[i]);
                if (i == BlankAfter)
                    sink.Blank(Columns.Count); // row 24: a separator someone left between groups
            }

            // row 31: the sum a spreadsheet user adds under the table (mixing currencies, as it often does)
            sink.Row(["Total", null, null, null, null, style.Format(new Money(total, "PEN")), null, null]);
        });
    }
}

using PortfolioEval.SampleBooks.Generation;
using PortfolioEval.SampleBooks.Writing;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>
/// The small books committed under samples/ (see samples/README.md). Each book has its own seed, derived from the
/// set's, so books do not share clients; all dates are relative to <see cref="AsOf"/>, fixed so the files are
/// repeatable. tests/PortfolioEval.Tests/Books/SampleBookTests.cs reads every one of them.
/// </summary>
public static class SampleSet
{
    public const int Seed = 2026;

    /// <summary>The day the sample books were "exported". Their newest contact is this day or before.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 20);

    public static IReadOnlyList<string> WriteAll(string folder, int seed, DateOnly asOf)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Book(string name, Action<string> write)
        {
            var path = Path.Combine(folder, name);
            write(path);
            written.Add(path);
        }

        Book("cartera-es.xlsx", path => CarteraEs(path, new ClientFactory(seed + 1, BookProfile.Mixed, Language.Es, asOf)));
        Book("crm-export-en.csv", path => CrmExportEn(path, new ClientFactory(seed + 2, BookProfile.Mixed, Language.En, asOf)));
        Book("cartera-latin1.csv", path => CarteraLatin1(path, new ClientFactory(seed + 3, BookProfile.Mixed, Language.Es, asOf), asOf));
        Book("ventas-transaccional.xlsx", path => Sales(path, seed + 4, asOf));
        Book("cartera-con-errores.csv", path => ErrorBook.Write(path, new ClientFactory(seed + 5, BookProfile.Mixed, Language.Es, asOf)));
        Book("demo-ana.xlsx", path => DemoAna(path, new ClientFactory(seed + 6, BookProfile.FreshConcentratedMining, Language.Es, asOf)));
        Book("demo-bruno.csv", path => DemoBruno(path, new ClientFactory(seed + 7, BookProfile.StaleRetail, Language.Es, asOf)));
        Book("demo-carla.xlsx", path => DemoCarla(path, new ClientFactory(seed + 8, BookProfile.BalancedSoftware, Language.En, asOf)));
        return written;
    }

    /// <summary>A hand-kept Excel book: merged title, blank row, header, a summary sheet and a hidden sheet of lists.</summary>
    private static void CarteraEs(string path, ClientFactory factory)
    {
        var clients = factory.Many(60).ToList();
        var columns = Layouts.ClientsEs;
        BookFiles.Xlsx(path, book =>
        {
            using (var sheet = book.Sheet("Cartera", columns))
            {
                sheet.Title("Cartera de clientes — Ana Torres", columns.Count);
                sheet.Blank(columns.Count);
                Table.Write(sheet, columns, clients);
            }

            using (var summary = book.AddSheet("Resumen", columnWidths: [32, 16]))
            {
                summary.WriteRow(XlsxCell.Text("Resumen de cartera", XlsxStyle.Title));
                summary.SkipRows();
                summary.WriteRow(XlsxCell.Text("Clientes"), XlsxCell.Number(clients.Count));
                summary.WriteRow(XlsxCell.Text("Total en soles (PEN)"), XlsxCell.Amount(clients.Where(c => c.Currency == "PEN").Sum(c => c.DealValue)));
                summary.WriteRow(XlsxCell.Text("Total en dólares (USD)"), XlsxCell.Amount(clients.Where(c => c.Currency == "USD").Sum(c => c.DealValue)));
                summary.WriteRow(XlsxCell.Text("Contacto más reciente"), XlsxCell.Date(clients.Max(c => c.LastContact)));
            }

            // The lists behind the book's drop-downs, hidden as people hide them.
            using var lists = book.AddSheet("Listas", hidden: true);
            lists.WriteRow(XlsxCell.Text("Rubros"), XlsxCell.Text("Tipos de contacto"), XlsxCell.Text("Monedas"));
            var sectors = clients.Select(c => c.SectorText).Distinct().Order(StringComparer.Ordinal).ToList();
            var types = clients.Select(c => c.ContactType).Distinct().Order(StringComparer.Ordinal).ToList();
            string[] currencies = ["PEN", "USD"];
            for (var i = 0; i < Math.Max(sectors.Count, types.Count); i++)
            {
                lists.WriteRow(XlsxCell.Text(sectors.ElementAtOrDefault(i)), XlsxCell.Text(types.ElementAtOrDefault(i)),
                    XlsxCell.Text(currencies.ElementAtOrDefault(i)));
            }
        });
    }

    /// <summary>A CRM export: English, ',' delimited, UTF-8 with BOM, ISO dates, "12,500.00" amounts quoted.</summary>
    private static void CrmExportEn(string path, ClientFactory factory) =>
        BookFiles.Csv(path, CsvStyle.EnglishCrm, CsvEncodings.Utf8(bom: true),
            sink => Table.Write(sink, Layouts.ClientsEn, factory.Many(80)));

    /// <summary>Excel's "CSV (delimitado por comas)" on a Spanish Windows: ';', Windows-1252, two title lines.</summary>
    private static void CarteraLatin1(string path, ClientFactory factory, DateOnly asOf)
    {
        var columns = Layouts.ClientsEsHandTyped;
        BookFiles.Csv(path, CsvStyle.SpanishExcel, CsvEncodings.Windows1252(), sink =>
        {
            sink.Title("CARTERA DE CLIENTES – ZONA NORTE", columns.Count);
            sink.Title("Vendedor: Jorge Huamán Rojas · actualizado al " + CsvStyle.SpanishExcel.Format(asOf), columns.Count);
            Table.Write(sink, columns, factory.Many(50));
        });
    }

    /// <summary>One row per sale, 300 sales to 40 clients: the reader must aggregate them.</summary>
    private static void Sales(string path, int seed, DateOnly asOf)
    {
        var clients = new ClientFactory(seed, BookProfile.Mixed, Language.Es, asOf);
        var columns = Layouts.Sales(Language.Es);
        BookFiles.Xlsx(path, book =>
        {
            using var sheet = book.Sheet("Ventas", columns);
            Table.Write(sheet, columns, SalesExport.Create(clients, seed, 300, 40, asOf, Language.Es));
        });
    }

    private static void DemoAna(string path, ClientFactory factory)
    {
        var columns = Layouts.ClientsEs;
        BookFiles.Xlsx(path, book =>
        {
            using var sheet = book.Sheet("Cartera", columns);
            sheet.Title("Cartera de clientes — Ana Torres — Minería", columns.Count);
            sheet.Blank(columns.Count);
            Table.Write(sheet, columns, factory.Many(45));
        });
    }

    private static void DemoBruno(string path, ClientFactory factory) =>
        BookFiles.Csv(path, CsvStyle.SpanishSheets, CsvEncodings.Utf8(bom: false),
            sink => Table.Write(sink, Layouts.ClientsEs, factory.Many(70)));

    private static void DemoCarla(string path, ClientFactory factory)
    {
        var columns = Layouts.ClientsEn;
        BookFiles.Xlsx(path, book =>
        {
            using var sheet = book.Sheet("Accounts", columns);
            Table.Write(sheet, columns, factory.Many(55));
        }, sharedStrings: false, dateFormat: "yyyy-mm-dd");
    }
}

using PortfolioEval.SampleBooks.Generation;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>
/// The column sets sample books use. Headers are the words real books use; each one is among the reader's synonyms
/// (src/PortfolioEval.Core/Books/HeaderSynonyms.cs) except where a book deliberately carries a column to ignore.
/// </summary>
public static class Layouts
{
    public static readonly IReadOnlyList<Column<FakeClient>> ClientsEs =
    [
        new("Cliente", c => c.Name, 38), new("Contacto", c => c.ContactPerson, 26), new("Correo", c => c.Email, 30),
        new("Teléfono", c => c.Phone, 17), new("RUC", c => c.TaxId, 15), new("Rubro", c => c.SectorText, 20),
        new("Fecha último contacto", c => c.LastContact), new("Tipo de contacto", c => c.ContactType),
        new("Monto", c => new Money(c.DealValue, c.Currency)), new("Moneda", c => c.Currency, 8),
        new("Producto", c => c.Product, 24), new("Fecha última actualización", c => c.LastUpdate),
        new("Ciudad", c => c.City), new("País", c => c.Country, 10), new("Observaciones", c => c.Notes, 40),
    ];

    public static readonly IReadOnlyList<Column<FakeClient>> ClientsEn =
    [
        new("Client", c => c.Name, 38), new("Contact", c => c.ContactPerson, 26), new("Email", c => c.Email, 30),
        new("Phone", c => c.Phone, 17), new("Industry", c => c.SectorText, 20), new("Last contact", c => c.LastContact),
        new("Deal value", c => new Money(c.DealValue, c.Currency)), new("Currency", c => c.Currency, 8),
        new("Product", c => c.Product, 24), new("Last updated", c => c.LastUpdate), new("City", c => c.City),
        new("Country", c => c.Country, 10), new("Notes", c => c.Notes, 40),
    ];

    /// <summary>
    /// Another salesperson's wording of the same columns. About half the amounts carry their currency symbol, as in
    /// books typed by hand; the rule is arbitrary but fixed so the file is repeatable.
    /// </summary>
    public static readonly IReadOnlyList<Column<FakeClient>> ClientsEsHandTyped =
    [
        new("Razón social", c => c.Name), new("Persona de contacto", c => c.ContactPerson), new("E-mail", c => c.Email),
        new("Teléfono", c => c.Phone), new("RUC", c => c.TaxId), new("Giro", c => c.SectorText),
        new("Fecha de último contacto", c => c.LastContact), new("Tipo de contacto", c => c.ContactType),
        new("Valor venta", c => new Money(c.DealValue, c.Currency, WithSymbol: decimal.Truncate(c.DealValue) % 2 == 0)),
        new("Moneda", c => c.Currency), new("Producto/Servicio", c => c.Product),
        new("Última actualización", c => c.LastUpdate), new("Ciudad", c => c.City), new("Observaciones", c => c.Notes),
    ];

    /// <summary>A sales export. "N° comprobante" and "Cantidad" name no field and are left for the candidate to ignore.</summary>
    public static IReadOnlyList<Column<FakeSale>> Sales(Language language) => language == Language.Es
        ?
        [
            new("Fecha", s => s.Date, 12), new("N° comprobante", s => s.Invoice, 15), new("Cliente", s => s.Client.Name, 38),
            new("RUC", s => s.Client.TaxId, 15), new("Rubro", s => s.Client.SectorText, 20), new("Canal", s => s.Channel),
            new("Producto", s => s.Product, 24), new("Cantidad", s => s.Quantity, 10),
            new("Total", s => new Money(s.Total, s.Client.Currency)), new("Moneda", s => s.Client.Currency, 8),
        ]
        :
        [
            new("Date", s => s.Date, 12), new("Invoice", s => s.Invoice, 15), new("Customer", s => s.Client.Name, 38),
            new("Tax ID", s => s.Client.TaxId, 15), new("Industry", s => s.Client.SectorText, 20),
            new("Channel", s => s.Channel), new("Product", s => s.Product, 24), new("Quantity", s => s.Quantity, 10),
            new("Amount", s => new Money(s.Total, s.Client.Currency)), new("Currency", s => s.Client.Currency, 8),
        ];

    public static IReadOnlyList<Column<FakeClient>> Clients(Language language) => language == Language.Es ? ClientsEs : ClientsEn;
}

namespace PortfolioEval.Books;

/// <summary>
/// Spanish and English header names for each field, written folded (see <see cref="TextFold"/>).
/// docs/IMPORT.md shows this table to candidates; keep the two in step.
/// </summary>
internal static class HeaderSynonyms
{
    public static readonly IReadOnlyDictionary<BookField, string[]> ByField = new Dictionary<BookField, string[]>
    {
        [BookField.Client] = ["cliente", "clientes", "nombre cliente", "nombre del cliente", "razon social", "empresa",
            "compania", "organizacion", "cuenta", "nombre", "client", "customer", "customer name", "client name",
            "company", "company name", "account", "account name", "organization", "name"],
        [BookField.ContactPerson] = ["contacto", "persona de contacto", "persona contacto", "nombre contacto",
            "nombre del contacto", "nombre de contacto", "representante", "encargado", "contact", "contact person",
            "contact name", "primary contact"],
        [BookField.Email] = ["correo", "correo electronico", "email", "e mail", "mail", "email contacto",
            "correo contacto", "email address", "contact email"],
        [BookField.Phone] = ["telefono", "tel", "telf", "fono", "celular", "movil", "whatsapp", "phone",
            "phone number", "mobile", "cell", "telephone"],
        [BookField.TaxId] = ["ruc", "rut", "nit", "cuit", "cuil", "rfc", "nif", "cif", "ruc dni", "dni",
            "identificacion fiscal", "numero fiscal", "tax id", "taxid", "vat", "vat number", "tin"],
        [BookField.Address] = ["direccion", "domicilio", "direccion fiscal", "address", "street", "street address"],
        [BookField.Sector] = ["rubro", "giro", "sector", "industria", "actividad", "actividad economica", "vertical",
            "industry", "segment"],
        [BookField.LastContactDate] = ["fecha ultimo contacto", "ultimo contacto", "fecha de ultimo contacto",
            "fecha contacto", "fecha de contacto", "fecha visita", "ultima visita", "fecha actividad", "fecha",
            "last contact", "last contact date", "last contacted", "last activity", "last activity date", "date"],
        [BookField.ContactType] = ["tipo contacto", "tipo de contacto", "tipo actividad", "tipo de actividad", "medio",
            "canal", "contact type", "activity type", "channel"],
        [BookField.DealValue] = ["monto", "valor venta", "valor de venta", "valor", "venta", "ventas", "total",
            "importe", "monto venta", "facturacion", "precio", "amount", "value", "deal value", "sale", "sales",
            "revenue", "total amount", "price"],
        [BookField.Currency] = ["moneda", "divisa", "tipo de moneda", "currency", "curr"],
        [BookField.Product] = ["producto", "productos", "servicio", "producto servicio", "articulo", "linea",
            "product", "products", "service", "item"],
        [BookField.LastUpdateDate] = ["fecha ultima actualizacion", "ultima actualizacion", "fecha actualizacion",
            "actualizado", "fecha modificacion", "last update", "last updated", "updated", "updated at",
            "last modified", "modified"],
        [BookField.OutstandingBalance] = ["saldo", "saldo pendiente", "deuda", "por cobrar", "cuentas por cobrar",
            "saldo por cobrar", "outstanding", "outstanding balance", "balance", "balance due", "receivable"],
        [BookField.DaysOverdue] = ["dias vencido", "dias vencidos", "dias de atraso", "dias atraso", "dias mora",
            "mora", "days overdue", "overdue", "days past due"],
        [BookField.PurchaseCount] = ["compras", "numero de compras", "n compras", "nro compras", "cantidad de compras",
            "frecuencia", "pedidos", "purchases", "number of purchases", "purchase count", "orders", "frequency"],
        [BookField.City] = ["ciudad", "localidad", "distrito", "municipio", "city", "town"],
        [BookField.Country] = ["pais", "country"],
        [BookField.Notes] = ["notas", "nota", "observaciones", "observacion", "comentarios", "comentario", "obs",
            "notes", "note", "comments", "remarks"],
        [BookField.Quantity] = ["cantidad", "cant", "unidades", "qty", "quantity", "units", "quantity ordered"],
        [BookField.UnitPrice] = ["precio unitario", "precio unidad", "precio por unidad", "valor unitario",
            "p unitario", "unit price", "price each", "price per unit"],
        [BookField.Discount] = ["descuento", "dscto", "dcto", "discount", "discount amount"],
        [BookField.Stage] = ["etapa", "etapa de venta", "fase", "estado oportunidad", "estado de la oportunidad",
            "stage", "deal stage", "sales stage", "opportunity stage"],
        // Not "origen" or "origin" alone: CRMs use them for the lead's source (web, referral), which is no ownership.
        [BookField.Origin] = ["origen del cliente", "origen cliente", "tipo de cartera", "client origin",
            "customer origin", "account origin", "ownership", "account ownership"],
    };

    // Folded synonym -> field, for exact matches.
    private static readonly Dictionary<string, BookField> Exact = ByField
        .SelectMany(p => p.Value.Select(s => (s, p.Key)))
        .ToDictionary(x => x.s, x => x.Key, StringComparer.Ordinal);

    /// <summary>
    /// Matches a header: an exact synonym first; otherwise the longest synonym contained as whole words, so
    /// "Nombre del contacto comercial" is a contact person (contains "nombre del contacto"), not a client ("nombre").
    /// </summary>
    public static (BookField Field, SuggestionReason Reason) Match(string header)
    {
        var folded = TextFold.Fold(header);
        if (folded.Length == 0)
            return (BookField.Ignore, SuggestionReason.None);
        if (Exact.TryGetValue(folded, out var exact))
            return (exact, SuggestionReason.HeaderSynonym);

        var padded = " " + folded + " ";
        var best = (Field: BookField.Ignore, Length: 0);
        foreach (var (synonym, field) in Exact)
        {
            if (synonym.Length > best.Length && padded.Contains(" " + synonym + " ", StringComparison.Ordinal))
                best = (field, synonym.Length);
        }

        return best.Length == 0
            ? (BookField.Ignore, SuggestionReason.None)
            : (best.Field, SuggestionReason.HeaderContainsSynonym);
    }
}

namespace PortfolioEval.Books;

/// <summary>
/// Spanish, English and Portuguese header names for each field, written folded (see <see cref="TextFold"/>).
/// docs/IMPORT.md shows this table to candidates; keep the two in step. A new field needs only its line here (and
/// its weak names, if any): the proposal's scoring reads everything else from the values.
/// </summary>
internal static class HeaderSynonyms
{
    public static readonly IReadOnlyDictionary<BookField, string[]> ByField = new Dictionary<BookField, string[]>
    {
        [BookField.Client] = ["cliente", "clientes", "nombre cliente", "nombre del cliente", "razon social", "empresa",
            "compania", "organizacion", "cuenta", "nombre de la cuenta", "nombre de cuenta", "nombre empresa",
            "nombre de la empresa", "client", "customer", "customer name", "client name",
            "company", "company name", "account", "account name", "organization", "organisation", "organization name",
            "business name", "partner", "socio de negocio", "nombre del socio de negocio", "business partner",
            "nombre cliente proveedor", "nombre comercial", "nome do cliente", "nome cliente", "razao social",
            "empresa cliente", "conta", "nome da empresa", "nome da conta", "bp name", "business partner name",
            "card name", "nombre de socio de negocio", "nombre sn", "cliente potencial", "possible client", "potential customer"],
        [BookField.ContactPerson] = ["contacto", "persona de contacto", "persona contacto", "nombre contacto",
            "nombre del contacto", "nombre de contacto", "representante", "encargado", "contact", "contact person",
            "contact name", "primary contact", "full name", "nombre completo", "person", "persona",
            "contato", "nome do contato", "pessoa de contato"],
        [BookField.Email] = ["correo", "correo electronico", "email", "e mail", "mail", "email contacto",
            "correo contacto", "email address", "contact email", "primary email", "work email", "correo de trabajo",
            "direccion de correo", "direccion de correo electronico", "e mail address", "endereco de email"],
        [BookField.Phone] = ["telefono", "tel", "telf", "fono", "celular", "movil", "whatsapp", "phone",
            "phone number", "mobile", "cell", "telephone", "business phone", "work phone", "mobile phone",
            "telefono 1", "telefone", "celular 1", "numero de telefono", "telefono movil", "tel 1"],
        [BookField.TaxId] = ["ruc", "rut", "nit", "cuit", "cuil", "rfc", "nif", "cif", "ruc dni", "dni",
            "identificacion fiscal", "numero fiscal", "tax id", "taxid", "vat", "vat number", "tin", "cnpj", "cpf",
            "numero de identificacion fiscal", "id fiscal", "tax number", "federal tax id", "nif cif"],
        [BookField.Address] = ["direccion", "domicilio", "direccion fiscal", "address", "street", "street address",
            "address 1", "address line 1", "billing street", "mailing street", "calle", "endereco", "logradouro",
            "direccion 1", "street 1", "address 1 street"],
        [BookField.Sector] = ["rubro", "giro", "sector", "industria", "actividad", "actividad economica", "vertical",
            "industry", "segment", "segmento", "ramo", "ramo de atividade", "sector industrial", "tipo de industria"],
        [BookField.LastContactDate] = ["fecha ultimo contacto", "ultimo contacto", "fecha de ultimo contacto",
            "fecha contacto", "fecha de contacto", "fecha visita", "ultima visita", "fecha actividad", "fecha",
            "last contact", "last contact date", "last contacted", "last activity", "last activity date", "date",
            "fecha de la ultima actividad", "ultima actividad", "fecha ultima actividad", "fecha de cierre",
            "fecha cierre", "close date", "closed date", "closing date", "order date", "fecha pedido",
            "fecha del pedido", "fecha de pedido", "fecha de venta", "fecha venta", "sale date", "invoice date",
            "fecha factura", "fecha de factura", "fecha documento", "fecha de contabilizacion", "posting date",
            "document date", "fecha ganado", "data do ultimo contato", "data", "ultimo contato",
            "data de fechamento", "data do pedido", "last activity time", "last engagement date",
            "ultima interaccion", "fecha ultima interaccion", "last interaction"],
        [BookField.ContactType] = ["tipo contacto", "tipo de contacto", "tipo actividad", "tipo de actividad", "medio",
            "canal", "contact type", "activity type", "channel", "tipo de atividade", "canal de venta"],
        [BookField.DealValue] = ["monto", "valor venta", "valor de venta", "valor", "venta", "ventas", "total",
            "importe", "monto venta", "facturacion", "precio", "amount", "value", "deal value", "sale", "sales",
            "revenue", "total amount", "price", "close value", "closed value", "deal amount", "opportunity amount",
            "expected revenue", "importe total", "total del documento", "total documento", "document total",
            "monto total", "valor total", "total venta", "total ventas", "ingresos", "valor do negocio",
            "valor da venda", "receita", "montante", "importe de la oportunidad", "total sales", "ingresos estimados",
            "estimated revenue"],
        [BookField.Currency] = ["moneda", "divisa", "tipo de moneda", "currency", "curr", "moeda", "currency code",
            "codigo de moneda", "iso moneda", "doc cur"],
        [BookField.Product] = ["producto", "productos", "servicio", "producto servicio", "articulo", "linea",
            "product", "products", "service", "item", "product name", "nombre del producto", "nombre producto",
            "descripcion del articulo", "item description", "item name", "descripcion producto", "product line",
            "linea de producto", "produto", "nome do produto", "servico", "descripcion articulo", "descripcion"],
        [BookField.LastUpdateDate] = ["fecha ultima actualizacion", "ultima actualizacion", "fecha actualizacion",
            "actualizado", "fecha modificacion", "last update", "last updated", "updated", "updated at",
            "last modified", "modified", "last modified date", "modified on", "modificado", "modificado el",
            "fecha de modificacion", "fecha de ultima modificacion", "ultima modificacion", "update date",
            "data de atualizacao", "ultima atualizacao", "last modified time", "modified time", "update time",
            "hora de modificacion", "modificado el"],
        [BookField.OutstandingBalance] = ["saldo", "saldo pendiente", "deuda", "por cobrar", "cuentas por cobrar",
            "saldo por cobrar", "outstanding", "outstanding balance", "balance", "balance due", "receivable",
            "saldo da conta", "saldo devedor", "amount due", "importe adeudado", "importe pendiente", "open balance",
            "saldo de cuenta", "account balance"],
        [BookField.DaysOverdue] = ["dias vencido", "dias vencidos", "dias de atraso", "dias atraso", "dias mora",
            "mora", "days overdue", "overdue", "days past due", "dias em atraso", "dias de mora"],
        [BookField.PurchaseCount] = ["compras", "numero de compras", "n compras", "nro compras", "cantidad de compras",
            "frecuencia", "pedidos", "purchases", "number of purchases", "purchase count", "orders", "frequency",
            "numero de pedidos", "number of orders", "order count", "total orders", "numero de ordenes",
            "quantidade de compras", "numero de pedidos realizados"],
        [BookField.City] = ["ciudad", "localidad", "distrito", "municipio", "city", "town", "cidade", "billing city",
            "mailing city", "ciudad de facturacion", "poblacion"],
        [BookField.Country] = ["pais", "country", "pais region", "country region", "billing country",
            "mailing country", "pais de facturacion", "pais regiao", "nacion"],
        [BookField.Notes] = ["notas", "nota", "observaciones", "observacion", "comentarios", "comentario", "obs",
            "notes", "note", "comments", "remarks", "observacoes", "comentarios adicionais", "description"],
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

    /// <summary>
    /// Names a header may give several fields, weaker than a real synonym: "Nombre" is the client in a list of
    /// clients, but the contact person beside a company column. The scoring weighs them lower, so a company column
    /// wins the client and the person goes to the contact.
    /// </summary>
    public static readonly IReadOnlyDictionary<BookField, string[]> Weak = new Dictionary<BookField, string[]>
    {
        [BookField.Client] = ["nombre", "name", "nombres", "nome", "razon", "titular"],
        [BookField.ContactPerson] = ["nombre", "name", "nombres", "nome", "first name", "last name", "apellido",
            "apellidos", "nombre de pila", "primer nombre", "sobrenome", "given name", "surname", "family name"],
    };

    /// <summary>Words saying a column holds codes, not names: "Customer ID" loses the client to "Customer Name".</summary>
    public static readonly IReadOnlySet<string> CodeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "ids", "code", "codigo", "cod", "codigos", "key", "ref", "reference", "referencia", "sku", "number", "numero",
        "nro", "no", "num", "n", "guid", "uuid", "identificador", "identifier", "record",
    };

    /// <summary>
    /// Words saying a column is about the salesperson or the team, not the client: "Account Owner", "sales_agent",
    /// "Vendedor". Such a column is proposed for no field, however its other words read.
    /// </summary>
    public static readonly IReadOnlySet<string> SellerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "owner", "propietario", "agent", "agente", "vendedor", "vendedora", "seller", "salesperson", "salesman", "rep",
        "asesor", "ejecutivo", "usuario", "user", "created", "creado", "creador",
        "assigned", "asignado", "manager", "gerente", "responsable", "responsible", "team", "equipo", "proprietario",
        "slp", "salesrep",
    };

    /// <summary>
    /// Headers of columns every export has and no field takes, though a word of them names one: the company's annual
    /// revenue is not a deal value, a record's creation date is not a contact, a deal's name is not the client.
    /// A header containing one of these is proposed for nothing, whatever its values.
    /// </summary>
    public static readonly string[] NotFields =
    [
        "annual revenue", "ingresos anuales", "facturacion anual", "receita anual", "create date", "created date",
        "created time", "created on", "fecha de creacion", "fecha creacion", "data de criacao", "opportunity name",
        "deal name", "deal title", "nombre de la oportunidad", "nombre de trato", "nombre del trato",
        "nombre de la negociacion", "campaign name", "nombre de la campana", "lead source", "origen del cliente potencial",
        "probabilidad", "probability", "employees", "empleados", "due date", "do not modify", "no modificar", "fecha de vencimiento", "ship date", "fecha de envio",
    ];

    /// <summary>Connectors ignored when measuring how much of a header a synonym covers.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "del", "la", "el", "los", "las", "of", "the", "da", "do", "das", "dos", "e", "y", "and", "a", "en", "in",
    };

    // Words common in headers though no synonym holds them alone: they let a one-word header be cut ("ADDRESSLINE1").
    private static readonly string[] HeaderVocabulary =
    [
        "line", "first", "last", "order", "ordered", "ship", "postal", "zip", "state", "status", "territory", "region",
        "size", "deal", "stage", "date", "time", "full", "main", "billing", "mailing", "shipping", "each", "quantity",
        "unit", "open", "close", "closed", "won", "lost", "lead", "source", "type", "year", "month", "qtr", "msrp",
        "opportunity", "expected", "probability", "title", "job", "web", "site", "website", "fax", "created", "modified",
    ];

    /// <summary>Every word of the tables: what a one-word header may be cut into.</summary>
    public static readonly IReadOnlySet<string> Vocabulary = ByField.Values.Concat(Weak.Values).SelectMany(s => s)
        .Concat(CodeWords).Concat(SellerWords).Concat(HeaderVocabulary)
        .SelectMany(s => s.Split(' ')).Where(w => w.Length >= 2).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Matches a header's words against the synonyms alone (no values): what the header locator counts as a
    /// recognised header cell. The proposal itself is <see cref="FieldSuggester"/>'s, which also weighs the values.
    /// </summary>
    public static (BookField Field, SuggestionReason Reason) Match(string header)
    {
        var best = HeaderEvidence.Read(header).OrderByDescending(e => e.Score).FirstOrDefault();
        return best is null ? (BookField.Ignore, SuggestionReason.None)
            : (best.Field, best.Exact ? SuggestionReason.HeaderSynonym : SuggestionReason.HeaderContainsSynonym);
    }
}

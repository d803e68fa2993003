namespace PortfolioEval.SampleBooks.Generation;

/// <summary>
/// A line of business, with the ways people write it in the sector column (accents dropped, synonyms, a typo),
/// the first words of its companies' names and what a salesperson sells to them.
/// </summary>
public sealed record Sector(
    string Key,
    IReadOnlyList<string> SpellingsEs,
    IReadOnlyList<string> SpellingsEn,
    IReadOnlyList<string> NamePrefixes,
    IReadOnlyList<Bilingual> Products)
{
    public IReadOnlyList<string> Spellings(Language language) => language == Language.Es ? SpellingsEs : SpellingsEn;
}

/// <summary>The sectors sample books draw from. The first spelling of each is the most common one.</summary>
public static class Sectors
{
    public static readonly Sector Mining = new("mining",
        ["Minería", "Minería", "Mineria", "MINERÍA", "Minería metálica"],
        ["Mining", "Mining", "Metals & mining"],
        ["Compañía Minera", "Minera", "Sociedad Minera", "Servicios Mineros"],
        [new("Explosivos", "Explosives"), new("Repuestos para chancadoras", "Crusher spare parts"), new("EPP", "PPE"),
         new("Mantenimiento de flota", "Fleet maintenance"), new("Reactivos químicos", "Chemical reagents"),
         new("Aceros de perforación", "Drill steel")]);

    public static readonly Sector Retail = new("retail",
        ["Retail", "Comercio minorista", "Comercio", "retail", "Bodegas y minimarkets"],
        ["Retail", "Retail", "Consumer goods"],
        ["Comercial", "Tiendas", "Minimarket", "Distribuidora", "Bodega"],
        [new("Abarrotes", "Groceries"), new("Bebidas", "Beverages"), new("Artículos de limpieza", "Cleaning products"),
         new("Snacks", "Snacks"), new("Lácteos", "Dairy")]);

    public static readonly Sector Software = new("software",
        ["Software", "Tecnología", "TI", "technolgy", "Tecnología de la información"],
        ["Software", "Technology", "technolgy", "IT services"],
        ["Soluciones Digitales", "Sistemas", "Software", "Tecnologías"],
        [new("Licencias ERP", "ERP licences"), new("Soporte anual", "Annual support"),
         new("Implementación CRM", "CRM implementation"), new("Servicios cloud", "Cloud services"),
         new("Desarrollo a medida", "Custom development")]);

    public static readonly Sector Agro = new("agro",
        ["Agroindustria", "Agroexportación", "agroindustria", "Agrícola"],
        ["Agribusiness", "Agriculture"],
        ["Agroexportadora", "Agrícola", "Fundo", "Agroindustrial"],
        [new("Fertilizantes", "Fertilisers"), new("Envases de cartón", "Cardboard packaging"),
         new("Riego tecnificado", "Drip irrigation"), new("Cadena de frío", "Cold chain")]);

    public static readonly Sector Construction = new("construction",
        ["Construcción", "Construccion", "Inmobiliaria y construcción"],
        ["Construction", "Real estate"],
        ["Constructora", "Inmobiliaria", "Ingeniería y Construcción"],
        [new("Cemento", "Cement"), new("Fierro corrugado", "Rebar"), new("Alquiler de maquinaria", "Machinery rental"),
         new("Agregados", "Aggregates")]);

    public static readonly Sector Health = new("health",
        ["Salud", "Sector salud", "Clínicas"],
        ["Healthcare", "Health"],
        ["Clínica", "Laboratorios", "Policlínico", "Droguería"],
        [new("Insumos médicos", "Medical supplies"), new("Reactivos de laboratorio", "Lab reagents"),
         new("Equipos de diagnóstico", "Diagnostic equipment"), new("Mantenimiento de equipos", "Equipment maintenance")]);

    public static readonly Sector Logistics = new("logistics",
        ["Logística", "Transporte y logística", "Transporte", "logistica"],
        ["Logistics", "Transportation"],
        ["Transportes", "Logística", "Operador Logístico", "Almacenes"],
        [new("Llantas", "Tyres"), new("Lubricantes", "Lubricants"), new("GPS y rastreo", "GPS tracking"),
         new("Seguros de carga", "Cargo insurance")]);

    public static readonly Sector Food = new("food",
        ["Alimentos y bebidas", "Industria alimentaria", "Manufactura"],
        ["Food & beverage", "Manufacturing"],
        ["Industrias", "Alimentos", "Molinera", "Panificadora"],
        [new("Harina", "Flour"), new("Empaques flexibles", "Flexible packaging"), new("Saborizantes", "Flavourings"),
         new("Mantenimiento industrial", "Industrial maintenance")]);
}

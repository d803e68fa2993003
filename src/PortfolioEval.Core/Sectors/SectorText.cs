using PortfolioEval.Books;

namespace PortfolioEval.Sectors;

/// <summary>
/// Turns a sector as people write it into a key for matching: folded (no case, accents or punctuation, see
/// <see cref="TextFold"/>) and without the little words that vary ("Alimentos y bebidas", "alimentos & bebidas" and
/// "ALIMENTOS - BEBIDAS" give "alimentos bebidas"). <see cref="WithoutFiller"/> also drops the words that wrap a
/// sector without naming one ("Sector minero", "Rubro: minería", "Mining industry").
/// </summary>
internal static class SectorText
{
    // Not "e" (Spanish "and" before an i-): it would turn "E-commerce" into "commerce".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "y", "de", "del", "la", "las", "el", "los", "en", "para", "con", "al", "and", "of", "the", "for", "in",
    };

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "sector", "sectores", "rubro", "rubros", "giro", "industria", "industrias", "segmento", "vertical", "area",
        "empresa", "empresas", "compania", "companias", "cliente", "clientes", "negocio", "negocios", "actividad",
        "industry", "industries", "segment", "company", "companies", "client", "clients", "business", "businesses",
    };

    public static string Key(string text) => string.Join(' ', Words(text).Where(w => !Connectors.Contains(w)));

    /// <summary>The key without filler words; empty when the text is nothing but filler ("Industria").</summary>
    public static string WithoutFiller(string key) =>
        string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)));

    public static string[] Words(string text) => TextFold.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

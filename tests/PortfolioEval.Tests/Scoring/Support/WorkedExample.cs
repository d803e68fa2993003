using System.Runtime.CompilerServices;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;

namespace PortfolioEval.Tests.Scoring.Support;

/// <summary>
/// The worked example of docs/SCORING.md, in code: the same book, as-of date, settings and sector mapping. The doc's
/// CSV block must equal <see cref="Csv"/> (a test checks), and its report must equal what the engine produces.
/// </summary>
public static class WorkedExample
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    public static readonly ScoringSettings Settings = new()
    {
        SectorCodes = ["4711"],
        TargetDealSize = 20_000m,
        TargetCurrency = "PEN",
    };

    /// <summary>Nine rows read: eight clients, and one row rejected for having no client name.</summary>
    public static readonly BookFacts Facts = new(RowsRead: 9, RowsRejected: 1);

    /// <summary>How the ISIC taxonomy reads the example's sector texts ("Varios" stays unmapped); a test checks it.</summary>
    public static readonly IReadOnlyDictionary<string, string> SectorCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Supermercados"] = "4711",
        ["Tiendas por departamento"] = "4719",
        ["Farmacia"] = "4772",
        ["Comercio mayorista"] = "46",
        ["Minería"] = "B",
        ["Software"] = "620",
        ["Comercio minorista"] = "47",
    };

    /// <summary>The real taxonomy: the worked example is what the portal itself computes.</summary>
    public static ISectorTaxonomy Sectors => PortfolioEval.Sectors.IsicTaxonomy.Instance;

    /// <summary>The clients as the import and the privacy layer leave them; pseudonyms are stand-ins for the names.</summary>
    public static IReadOnlyList<PseudonymisedClient> Clients =>
    [
        Client.Named("supermercados-el-sol").InSector("Supermercados").ContactedOn(2026, 3, 16).UpdatedOn(2026, 3, 20).Worth(50_000m).Owing(20_000m, 0),
        Client.Named("tiendas-andinas").InSector("Tiendas por departamento").ContactedOn(2025, 8, 13).UpdatedOn(2025, 8, 13).Worth(15_000m).Owing(6_000m, 45),
        Client.Named("botica-central").InSector("Farmacia").ContactedOn(2026, 1, 30).UpdatedOn(2026, 1, 30).Worth(12_500m).Owing(2_500m, 10),
        Client.Named("distribuidora-lima-norte").InSector("Comercio mayorista").ContactedOn(2025, 12, 1).UpdatedOn(2026, 2, 14).Worth(10_000m).Owing(3_000m, 95),
        Client.Named("minera-cerro-azul").InSector("Minería").ContactedOn(2025, 2, 24).UpdatedOn(2025, 2, 24).Worth(5_000m),
        Client.Named("sistemas-quipu").InSector("Software").ContactedOn(null).UpdatedOn(2026, 3, 21).Worth(4_500m),
        Client.Named("servicios-generales-perez").InSector("Varios").ContactedOn(2026, 3, 26).UpdatedOn(2026, 3, 26).Worth(3_000m),
        Client.Named("comercial-trujillo").InSector("Comercio minorista").ContactedOn(2025, 9, 12).UpdatedOn(null).Worth(3_000m, "USD").Owing(1_000m, 70),
    ];

    /// <summary>The same book as a candidate would upload it (es-PE: dd/mm/yyyy, decimal comma, ';').</summary>
    public const string Csv = """
        Cliente;Rubro;Fecha último contacto;Fecha última actualización;Monto;Moneda;Saldo;Días de atraso
        Supermercados El Sol;Supermercados;16/03/2026;20/03/2026;50000,00;PEN;20000,00;0
        Tiendas Andinas;Tiendas por departamento;13/08/2025;13/08/2025;15000,00;PEN;6000,00;45
        Botica Central;Farmacia;30/01/2026;30/01/2026;12500,00;PEN;2500,00;10
        Distribuidora Lima Norte;Comercio mayorista;01/12/2025;14/02/2026;10000,00;PEN;3000,00;95
        Minera Cerro Azul;Minería;24/02/2025;24/02/2025;5000,00;PEN;;
        Sistemas Quipu;Software;;21/03/2026;4500,00;PEN;;
        Servicios Generales Pérez;Varios;26/03/2026;26/03/2026;3000,00;PEN;;
        Comercial Trujillo;Comercio minorista;12/09/2025;;3000,00;USD;1000,00;70
        ;Minería;05/03/2026;05/03/2026;1000,00;PEN;;
        """;

    public static ScoreReport Report() => ScoringEngine.Score(Clients, Facts, AsOf, Settings, Sectors);

    /// <summary>docs/SCORING.md, found from this source file so the test runs from any output folder.</summary>
    public static string DocPath() =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "..", "..", "docs", "SCORING.md"));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

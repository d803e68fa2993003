namespace PortfolioEval.Books;

/// <summary>Where a sales line stands: a won deal is a sale, an open one is pipeline, a lost one is no business.</summary>
public enum SalesStage { Won, Open, Lost }

/// <summary>
/// Reads a stage column in Spanish or English, as CRMs export it ("Ganado", "Cerrada ganada", "Closed Won", "Lost",
/// "En negociación", "Open"...). Matching is folded (no case, accents or punctuation). A value that is none of these is
/// not guessed: the row is rejected with <see cref="RejectionReason.UnknownStage"/>.
/// </summary>
public static class SalesStages
{
    private static readonly Dictionary<string, SalesStage> Known = new(StringComparer.Ordinal)
    {
        ["ganado"] = SalesStage.Won, ["ganada"] = SalesStage.Won, ["cerrado ganado"] = SalesStage.Won,
        ["cerrada ganada"] = SalesStage.Won, ["vendido"] = SalesStage.Won, ["vendida"] = SalesStage.Won,
        ["venta"] = SalesStage.Won, ["facturado"] = SalesStage.Won, ["facturada"] = SalesStage.Won,
        ["won"] = SalesStage.Won, ["closed won"] = SalesStage.Won, ["win"] = SalesStage.Won, ["sold"] = SalesStage.Won,
        ["invoiced"] = SalesStage.Won,
        ["perdido"] = SalesStage.Lost, ["perdida"] = SalesStage.Lost, ["cerrado perdido"] = SalesStage.Lost,
        ["cerrada perdida"] = SalesStage.Lost, ["descartado"] = SalesStage.Lost, ["descartada"] = SalesStage.Lost,
        ["cancelado"] = SalesStage.Lost, ["cancelada"] = SalesStage.Lost, ["lost"] = SalesStage.Lost,
        ["closed lost"] = SalesStage.Lost, ["cancelled"] = SalesStage.Lost, ["canceled"] = SalesStage.Lost,
        ["abierto"] = SalesStage.Open, ["abierta"] = SalesStage.Open, ["en curso"] = SalesStage.Open,
        ["en negociacion"] = SalesStage.Open, ["negociacion"] = SalesStage.Open, ["propuesta"] = SalesStage.Open,
        ["cotizado"] = SalesStage.Open, ["cotizacion"] = SalesStage.Open, ["prospecto"] = SalesStage.Open,
        ["pendiente"] = SalesStage.Open, ["open"] = SalesStage.Open, ["in progress"] = SalesStage.Open,
        ["negotiation"] = SalesStage.Open, ["proposal"] = SalesStage.Open, ["prospecting"] = SalesStage.Open,
        ["engaging"] = SalesStage.Open, ["qualification"] = SalesStage.Open, ["pending"] = SalesStage.Open,
        // The default pipelines of Salesforce, HubSpot, Pipedrive and Odoo (stage names are facts of their exports).
        ["needs analysis"] = SalesStage.Open, ["value proposition"] = SalesStage.Open,
        ["id decision makers"] = SalesStage.Open, ["perception analysis"] = SalesStage.Open,
        ["proposal price quote"] = SalesStage.Open, ["negotiation review"] = SalesStage.Open,
        ["appointment scheduled"] = SalesStage.Open, ["appointmentscheduled"] = SalesStage.Open,
        ["qualified to buy"] = SalesStage.Open, ["qualifiedtobuy"] = SalesStage.Open,
        ["presentation scheduled"] = SalesStage.Open, ["presentationscheduled"] = SalesStage.Open,
        ["decision maker bought in"] = SalesStage.Open, ["decisionmakerboughtin"] = SalesStage.Open,
        ["contract sent"] = SalesStage.Open, ["contractsent"] = SalesStage.Open,
        ["closedwon"] = SalesStage.Won, ["closedlost"] = SalesStage.Lost,
        ["lead in"] = SalesStage.Open, ["contact made"] = SalesStage.Open, ["demo scheduled"] = SalesStage.Open,
        ["proposal made"] = SalesStage.Open, ["negotiations started"] = SalesStage.Open,
        ["new"] = SalesStage.Open, ["qualified"] = SalesStage.Open, ["proposition"] = SalesStage.Open,
        ["nuevo"] = SalesStage.Open, ["nueva"] = SalesStage.Open, ["calificado"] = SalesStage.Open,
        ["calificada"] = SalesStage.Open,
    };

    public static bool TryRecognise(string text, out SalesStage stage) =>
        Known.TryGetValue(TextFold.Fold(text), out stage);
}

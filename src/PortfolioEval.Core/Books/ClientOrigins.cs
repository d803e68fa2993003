namespace PortfolioEval.Books;

/// <summary>
/// Reads an origin column in Spanish or English: a client the candidate won ("propio", "captado", "nuevo", "won",
/// "own"), inherited from a predecessor ("heredado", "inherited") or assigned by the employer ("asignado", "de la
/// empresa", "assigned", "house account"). Folded matching; anything else is not guessed
/// (<see cref="RejectionReason.UnknownOrigin"/>).
/// </summary>
public static class ClientOrigins
{
    private static readonly Dictionary<string, ClientOrigin> Known = new(StringComparer.Ordinal)
    {
        ["propio"] = ClientOrigin.Won, ["propia"] = ClientOrigin.Won, ["ganado"] = ClientOrigin.Won,
        ["captado"] = ClientOrigin.Won, ["captada"] = ClientOrigin.Won, ["nuevo"] = ClientOrigin.Won,
        ["conseguido"] = ClientOrigin.Won, ["won"] = ClientOrigin.Won, ["own"] = ClientOrigin.Won,
        ["new"] = ClientOrigin.Won, ["self sourced"] = ClientOrigin.Won, ["new business"] = ClientOrigin.Won,
        ["heredado"] = ClientOrigin.Inherited, ["heredada"] = ClientOrigin.Inherited,
        ["inherited"] = ClientOrigin.Inherited,
        ["asignado"] = ClientOrigin.Assigned, ["asignada"] = ClientOrigin.Assigned,
        ["de la empresa"] = ClientOrigin.Assigned, ["cartera asignada"] = ClientOrigin.Assigned,
        ["assigned"] = ClientOrigin.Assigned, ["house account"] = ClientOrigin.Assigned,
        ["house"] = ClientOrigin.Assigned,
    };

    public static bool TryRecognise(string text, out ClientOrigin origin) =>
        Known.TryGetValue(TextFold.Fold(text), out origin);
}

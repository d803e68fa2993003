using PortfolioEval.Books;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// How much of a client's revenue can follow the candidate. Judgements, documented in docs/SCORING.md: a client the
/// candidate won is the candidate's own relationship; one inherited or assigned with a territory stays more often
/// with the employer. The neutral weight for a book that does not say is the midpoint, close to the 75–80% of
/// clients an accounting practice keeps after a sale (AICPA succession survey).
/// </summary>
public static class Transferability
{
    public const double Won = 1.0, InheritedOrAssigned = 0.6, Neutral = 0.8;

    public static double WeightOf(ClientOrigin origin) => origin switch
    {
        ClientOrigin.Won => Won,
        ClientOrigin.Inherited or ClientOrigin.Assigned => InheritedOrAssigned,
        _ => Neutral,
    };
}

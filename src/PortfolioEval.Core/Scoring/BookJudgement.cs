namespace PortfolioEval.Scoring;

/// <summary>Why a book is too thin to judge: no composite is given, and the report says which of these held.</summary>
public enum ThinBookReason { FewerClientsThanMinimum, NoPositiveValue, NetNegativeValue, NoContactDates }

/// <summary>A rule that overrides the weighted mean: the composite cannot hide a deal-breaker behind good components.</summary>
public enum CompositeGate { NotEnoughToJudge, NoActiveClients, LowRelevance }

/// <summary>How a composite reads on the fixed scale the report prints beside it ("is 67 good?").</summary>
public enum ScoreScale { Weak, Fair, Good, Strong }

/// <summary>
/// The minimums a book must meet before a composite means anything, the caps that keep a deal-breaker visible, and the
/// fixed scale a composite is read on. Reasons and numbers: docs/SCORING.md, "Gates".
/// </summary>
public static class BookJudgement
{
    /// <summary>
    /// Fewer than five clients is not a book but a handful of accounts: one client more or less swings every share by
    /// twenty points or more, so no composite is given (a one-client book worth 1 PEN used to score 72).
    /// </summary>
    public const int MinimumClients = 5;

    /// <summary>The highest composite a gated book can show: below the middle of the scale, so it never reads as fair.</summary>
    public const int GatedCap = 30;

    /// <summary>Relevance below this share of the opening's sectors caps the composite: the book sells to someone else.</summary>
    public const int RelevanceFloor = 30;

    /// <summary>Lower edges of Fair, Good and Strong on the composite scale.</summary>
    public const int FairFrom = 35;
    public const int GoodFrom = 55;
    public const int StrongFrom = 75;

    public static IReadOnlyList<ThinBookReason> ReasonsNotToJudge(ValuedBook book, SignFigures signs)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(signs);
        var reasons = new List<ThinBookReason>();
        if (book.Clients.Count < MinimumClients)
            reasons.Add(ThinBookReason.FewerClientsThanMinimum);
        if (book.PositiveValuesLargestFirst.Count == 0)
            reasons.Add(ThinBookReason.NoPositiveValue);
        else if (signs.NetNegativeBook)
            reasons.Add(ThinBookReason.NetNegativeValue);
        if (book.Clients.All(c => c.Client.LastContact is null))
            reasons.Add(ThinBookReason.NoContactDates);
        return reasons;
    }

    public static ScoreScale ScaleOf(int score) => score switch
    {
        >= StrongFrom => ScoreScale.Strong,
        >= GoodFrom => ScoreScale.Good,
        >= FairFrom => ScoreScale.Fair,
        _ => ScoreScale.Weak,
    };
}

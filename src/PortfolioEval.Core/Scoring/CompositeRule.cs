namespace PortfolioEval.Scoring;

/// <summary>
/// The weighted mean of the components present (freshness, deal value, quality, and sector relevance once sectors are
/// chosen), with weights normalised over them, then the gates: a book below the minimums gets no composite at all; a
/// book with no client contacted in a year, or with relevance below the floor, is capped at
/// <see cref="BookJudgement.GatedCap"/>. The explanation keeps the mean before the cap and every gate that applied.
/// </summary>
public static class CompositeRule
{
    public static CompositeScore Combine(FreshnessScore freshness, RelevanceScore relevance, DealValueScore dealValue, QualityScore quality, CompositeWeights weights)
    {
        ArgumentNullException.ThrowIfNull(freshness);
        ArgumentNullException.ThrowIfNull(relevance);
        ArgumentNullException.ThrowIfNull(dealValue);
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentNullException.ThrowIfNull(weights);
        var present = new List<(string Name, int Score, double Weight)>
        {
            (nameof(ScoreReport.Freshness), freshness.Score, weights.Freshness),
        };
        if (relevance.Score is { } relevanceScore)
            present.Add((nameof(ScoreReport.Relevance), relevanceScore, weights.Relevance));
        present.Add((nameof(ScoreReport.DealValue), dealValue.Score, weights.DealValue));
        present.Add((nameof(ScoreReport.Quality), quality.Score, weights.Quality));

        // All weights zero would leave nothing to divide by: then every component counts the same.
        var total = present.Sum(p => p.Weight);
        var components = present
            .Select(p => new WeightedComponent(p.Name, p.Score, total > 0 ? p.Weight / total : 1.0 / present.Count))
            .ToList();
        return new CompositeScore(ScoreMath.ToScore(components.Sum(c => c.Weight * c.Score) / 100), components);
    }

    /// <summary>The weighted mean with the gates applied (version 2).</summary>
    public static CompositeScore Judge(CompositeScore mean, IReadOnlyList<ThinBookReason> thin, ActivityFigures activity, RelevanceScore relevance)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(thin);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(relevance);
        if (thin.Count > 0)
            return mean with { Score = null, Uncapped = null, Gates = [CompositeGate.NotEnoughToJudge], NotEnoughToJudge = thin };

        var gates = new List<CompositeGate>();
        if (activity.ActiveClients == 0)
            gates.Add(CompositeGate.NoActiveClients);
        if (relevance.Score < BookJudgement.RelevanceFloor)
            gates.Add(CompositeGate.LowRelevance);
        var score = mean.Score ?? 0;
        return gates.Count == 0 ? mean with { Uncapped = score }
            : mean with { Score = Math.Min(score, BookJudgement.GatedCap), Uncapped = score, Gates = gates };
    }
}

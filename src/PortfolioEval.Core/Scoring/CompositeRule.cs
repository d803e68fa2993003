namespace PortfolioEval.Scoring;

/// <summary>
/// The weighted mean of the components present: freshness, deal value, quality, and sector relevance once a company
/// or opening has chosen sectors. Weights are normalised over those components, so a missing one neither counts as
/// zero nor changes the balance of the others. The weights shown are the normalised ones actually applied.
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
}

namespace PortfolioEval.Scoring;

/// <summary>Settings no formula can work with are refused, rather than scored into a misleading number.</summary>
public static class SettingsCheck
{
    public static void ThrowIfInvalid(ScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(settings.SectorCodes);
        ArgumentNullException.ThrowIfNull(settings.Weights);
        if (!double.IsFinite(settings.FreshnessHalfLifeDays) || settings.FreshnessHalfLifeDays <= 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.FreshnessHalfLifeDays, "The freshness half-life must be a positive number of days.");
        if (settings.DormantAfterDays < 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.DormantAfterDays, "Dormancy cannot start before the last contact.");
        if (settings.TargetDealSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.TargetDealSize, "A target deal size must be positive.");
        var w = settings.Weights;
        if (new[] { w.Freshness, w.Relevance, w.DealValue, w.Quality }.Any(x => !double.IsFinite(x) || x < 0))
            throw new ArgumentOutOfRangeException(nameof(settings), "Composite weights must be finite and not negative.");
    }
}

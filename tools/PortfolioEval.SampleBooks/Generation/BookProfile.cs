namespace PortfolioEval.SampleBooks.Generation;

/// <summary>
/// The shape of a salesperson's book: which sectors the clients are in, how recently they were contacted and how
/// concentrated the value is. The three demo candidates differ only here.
/// </summary>
public sealed record BookProfile
{
    public required IReadOnlyList<(Sector Sector, int Weight)> Sectors { get; init; }

    /// <summary>Days since last contact lie between these bounds...</summary>
    public int MinDaysSinceContact { get; init; }

    public int MaxDaysSinceContact { get; init; } = 730;

    /// <summary>...skewed towards the recent end when above 1, towards the old end when below 1.</summary>
    public double Recency { get; init; } = 1.3;

    /// <summary>
    /// Pareto shape of deal values: about 1.16 is the 80/20 rule, below 1 a few accounts dwarf the rest,
    /// above 3 values are nearly even.
    /// </summary>
    public double ParetoShape { get; init; } = 1.16;

    /// <summary>Smallest deal, in soles.</summary>
    public decimal MinDealPen { get; init; } = 1_500m;

    /// <summary>Share of clients billed in dollars.</summary>
    public double UsdShare { get; init; } = 0.2;

    /// <summary>Whether some clients are abroad (Chile, Colombia, Ecuador, Bolivia); otherwise all are in Peru.</summary>
    public bool AllowAbroad { get; init; } = true;

    /// <summary>A bit of everything, the way a generalist distributor's book looks.</summary>
    public static readonly BookProfile Mixed = new()
    {
        Sectors =
        [
            (Generation.Sectors.Retail, 5), (Generation.Sectors.Mining, 2), (Generation.Sectors.Agro, 3),
            (Generation.Sectors.Construction, 2), (Generation.Sectors.Health, 2), (Generation.Sectors.Logistics, 2),
            (Generation.Sectors.Software, 1), (Generation.Sectors.Food, 3),
        ],
    };

    /// <summary>Ana: mining suppliers, nearly all contacted within two months, two or three accounts carry the book.</summary>
    public static readonly BookProfile FreshConcentratedMining = new()
    {
        Sectors = [(Generation.Sectors.Mining, 9), (Generation.Sectors.Construction, 1), (Generation.Sectors.Logistics, 1)],
        MaxDaysSinceContact = 75,
        Recency = 1.6,
        ParetoShape = 0.8,
        MinDealPen = 8_000m,
        UsdShare = 0.6,
    };

    /// <summary>Bruno: shops and minimarkets, most not contacted in over a year.</summary>
    public static readonly BookProfile StaleRetail = new()
    {
        Sectors = [(Generation.Sectors.Retail, 9), (Generation.Sectors.Food, 2)],
        MinDaysSinceContact = 150,
        MaxDaysSinceContact = 900,
        Recency = 0.6,
        ParetoShape = 1.5,
        MinDealPen = 800m,
        UsdShare = 0,
        AllowAbroad = false,
    };

    /// <summary>Carla: software clients across sectors, steady contact, value spread evenly.</summary>
    public static readonly BookProfile BalancedSoftware = new()
    {
        Sectors =
        [
            (Generation.Sectors.Software, 6), (Generation.Sectors.Health, 2), (Generation.Sectors.Logistics, 2),
            (Generation.Sectors.Retail, 2), (Generation.Sectors.Agro, 1),
        ],
        MaxDaysSinceContact = 200,
        Recency = 1.1,
        ParetoShape = 4,
        MinDealPen = 6_000m,
        UsdShare = 0.35,
    };
}

namespace PortfolioEval.Scoring;

/// <summary>
/// Patterns a recruiter may ask about: first digits unlike Benford's law, many round values, many clients with one
/// contact date, a book updated all on one day. Each has innocent explanations (estimates, a CRM export, a bulk
/// clean-up), so they are questions, never a verdict, and they never enter the composite score.
/// Each is asked only when its measure is above its threshold and it rests on enough values.
/// </summary>
public static class PlausibilityRule
{
    /// <summary>Values of at least 100 whose round share is measured; a smaller amount is round by nature.</summary>
    public const decimal RoundUnit = 100;

    /// <summary>
    /// More than half of the values multiples of 100. By chance it would be about 1% of whole-number amounts; estimates
    /// and quotes are rounded in good faith, hence a lenient bar.
    /// </summary>
    public const double RoundShareThreshold = 0.5;

    /// <summary>More than a quarter of contact dates on one single day: a real book spreads contacts over many days.</summary>
    public const double IdenticalDateThreshold = 0.25;

    /// <summary>Nine in ten or more update dates on one day (the rest may be later touch-ups).</summary>
    public const double OneDayUpdateThreshold = 0.9;

    /// <summary>A share of fewer than 20 values is an anecdote: one value moves it by five points.</summary>
    public const int MinimumForShares = 20;

    /// <summary>"All on one day" needs a few dates to mean anything; fewer than five may well share a day.</summary>
    public const int MinimumUpdateDates = 5;

    public static IReadOnlyList<PlausibilityQuestion> Questions(ValuedBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var values = book.PositiveValuesLargestFirst;
        // Counted in loops: lists of a million values (and a box a date) only to count them were most of this rule's memory.
        var (roundable, round) = (0, 0);
        foreach (var value in values)
        {
            if (value >= RoundUnit)
                (roundable, round) = (roundable + 1, round + (value % RoundUnit == 0 ? 1 : 0));
        }

        var (contacts, updates) = (new DayCounts(), new DayCounts());
        foreach (var client in book.Clients)
        {
            if (client.Client.LastContact is { } contact)
                contacts.Add(contact);
            if (client.Client.LastUpdate is { } update)
                updates.Add(update);
        }

        var roundShare = ScoreMath.Share(round, roundable);
        var candidates = new[]
        {
            Question(PlausibilityKind.FirstDigitsUnlikeBenford, BenfordTest.MeanAbsoluteDeviation(values), values.Count),
            Question(PlausibilityKind.ManyRoundNumbers, roundShare, roundable),
            Question(PlausibilityKind.ManyIdenticalDates, contacts.LargestDayShare, contacts.Count),
            Question(PlausibilityKind.AllUpdatedOnOneDay, updates.LargestDayShare, updates.Count),
        };
        return candidates.Where(q => q.Measure > q.Threshold && q.SampleSize >= MinimumFor(q.Kind)).ToList();
    }

    /// <summary>The bar of each question; Benford's depends on the sample size (<see cref="BenfordTest.ThresholdFor"/>).</summary>
    public static double ThresholdFor(PlausibilityKind kind, int sampleSize = 0) => kind switch
    {
        PlausibilityKind.FirstDigitsUnlikeBenford => BenfordTest.ThresholdFor(sampleSize),
        PlausibilityKind.ManyRoundNumbers => RoundShareThreshold,
        PlausibilityKind.ManyIdenticalDates => IdenticalDateThreshold,
        _ => OneDayUpdateThreshold,
    };

    public static int MinimumFor(PlausibilityKind kind) => kind switch
    {
        PlausibilityKind.FirstDigitsUnlikeBenford => BenfordTest.MinimumValues,
        PlausibilityKind.AllUpdatedOnOneDay => MinimumUpdateDates,
        _ => MinimumForShares,
    };

    private static PlausibilityQuestion Question(PlausibilityKind kind, double measure, int sampleSize) =>
        new(kind, measure, ThresholdFor(kind, sampleSize), sampleSize);

    /// <summary>The share of the dates that fall on the most common day.</summary>
    public static double LargestDayShare(IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
            return 0;
        var perDay = new DayCounts();
        foreach (var date in dates)
            perDay.Add(date);
        return perDay.LargestDayShare;
    }

    /// <summary>Dates counted by day as they come: a book's dates are never held in a list of their own.</summary>
    internal sealed class DayCounts
    {
        private readonly Dictionary<DateOnly, int> perDay = [];

        public int Count { get; private set; }

        /// <summary>The share of the dates that fall on the most common day (0 with none).</summary>
        public double LargestDayShare => Count == 0 ? 0 : (double)perDay.Values.Max() / Count;

        public void Add(DateOnly date)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(perDay, date, out _)++;
            Count++;
        }
    }
}

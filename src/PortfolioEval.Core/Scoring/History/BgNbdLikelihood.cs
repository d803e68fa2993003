namespace PortfolioEval.Scoring.History;

/// <summary>
/// Σ ln L of many histories under BG/NBD, prepared once for the thousands of evaluations of a fit. Exactly the sum
/// <see cref="BgNbd.LogLikelihood(BgNbdParameters, IEnumerable{ClientHistory})"/> gives, to the last bit, in less time:
/// the log-gammas that depend on the frequency alone are worked out once per distinct frequency, and a client's term
/// once per run of consecutive equal histories (a book's clients come ordered by frequency and dates, so equal ones
/// are neighbours), then added once per client, in the clients' order, as one by one. Multiplying a term by its count,
/// or adding the runs in another order, would round differently, move the fitted parameters in their last bits and
/// with them the stored reports.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private readonly int[] frequencies;
    private readonly Run[] runs;

    public BgNbdLikelihood(IReadOnlyList<ClientHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var distinct = new Dictionary<int, int>();
        var found = new List<Run>();
        for (var i = 0; i < histories.Count; i++)
        {
            var h = histories[i];
            if (found.Count > 0 && found[^1] is var last && last.Frequency == h.Frequency && last.Recency == h.Recency && last.Age == h.Age)
            {
                found[^1] = last with { Clients = last.Clients + 1 };
                continue;
            }

            if (!distinct.TryGetValue(h.Frequency, out var at))
                distinct.Add(h.Frequency, at = distinct.Count);
            found.Add(new Run(h.Frequency, at, h.Recency, h.Age, 1));
        }

        frequencies = new int[distinct.Count];
        foreach (var (frequency, at) in distinct)
            frequencies[at] = frequency;
        runs = [.. found];
    }

    /// <summary>Runs of consecutive equal histories: how many a fit works out a term for.</summary>
    public int Runs => runs.Length;

    public double Of(BgNbdParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var (frequencyParts, dropoutParts) = (new double[frequencies.Length], new double[frequencies.Length]);
        for (var f = 0; f < frequencies.Length; f++)
            (frequencyParts[f], dropoutParts[f]) = (BgNbd.FrequencyPart(p, frequencies[f]), BgNbd.DropoutPart(p, frequencies[f]));

        var sum = 0.0;
        foreach (var run in runs)
        {
            var term = BgNbd.LogLikelihood(p, run.Frequency, frequencyParts[run.FrequencyAt], dropoutParts[run.FrequencyAt], run.Recency, run.Age);
            for (var k = 0; k < run.Clients; k++)
                sum += term;
        }

        return sum;
    }

    private readonly record struct Run(int Frequency, int FrequencyAt, double Recency, double Age, int Clients);
}

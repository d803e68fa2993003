using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy.Support;

/// <summary>Exact equality of stored clients: the list by items, and decimals by their bits (scale included).</summary>
public static class SameClient
{
    public static bool As(PseudonymisedClient expected, PseudonymisedClient actual) =>
        expected with { ValuesByCurrency = [] } == actual with { ValuesByCurrency = [] }
        && SameBits(expected.Value, actual.Value)
        && SameBits(expected.OutstandingBalance, actual.OutstandingBalance)
        && expected.ValuesByCurrency.Count == actual.ValuesByCurrency.Count
        && expected.ValuesByCurrency.Zip(actual.ValuesByCurrency)
            .All(p => p.First.Currency == p.Second.Currency && SameBits(p.First.Amount, p.Second.Amount));

    public static bool AllAs(IReadOnlyList<PseudonymisedClient> expected, IReadOnlyList<PseudonymisedClient> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => As(p.First, p.Second));

    private static bool SameBits(decimal? a, decimal? b) =>
        a is null ? b is null : b is not null && decimal.GetBits(a.Value).SequenceEqual(decimal.GetBits(b.Value));
}

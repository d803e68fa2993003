namespace PortfolioEval.Scoring.History;

/// <param name="Frequency">Repeat purchases in the calibration period; the last row holds this many or more.</param>
public sealed record HoldoutRow(int Frequency, bool AndMore, int Clients, int Actual, double Predicted);

/// <summary>
/// How a model fitted on a calibration period forecasts the holdout period, as the BG/NBD paper checks it: actual and
/// predicted purchases in total and by calibration frequency (0, 1, …, <c>top</c>+).
/// </summary>
public static class HoldoutComparison
{
    public static IReadOnlyList<HoldoutRow> ByFrequency(BgNbdParameters model, IReadOnlyList<(ClientHistory History, int Actual)> clients, double holdoutWeeks, int top = 7)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return [.. Enumerable.Range(0, top + 1).Select(f =>
        {
            var group = clients.Where(c => f < top ? c.History.Frequency == f : c.History.Frequency >= top).ToList();
            return new HoldoutRow(f, f == top, group.Count, group.Sum(c => c.Actual),
                group.Sum(c => BgNbd.ExpectedPurchases(model, c.History, holdoutWeeks)));
        })];
    }
}

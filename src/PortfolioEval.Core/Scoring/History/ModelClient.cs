namespace PortfolioEval.Scoring.History;

/// <summary>
/// What the model knows of one client: a full history (first and last purchase, repeat purchases), or, for a book of
/// one row per client, only the weeks since its last purchase or contact ("recency only").
/// </summary>
/// <param name="Client">A stable key (the pseudonym), to find the client's forecast; the figures never depend on it.</param>
/// <param name="Frequency">Repeat purchases x. For a recency-only client, at least 1: see <see cref="RecencyOnly"/>.</param>
/// <param name="WeeksSinceLast">Weeks from the last purchase (or contact) to the as-of date.</param>
/// <param name="KnownRecency">Weeks from the first purchase to the last; null when the book does not say.</param>
/// <param name="SpendPurchases">How many purchases <paramref name="MeanSpend"/> is the mean of (0: none known).</param>
/// <param name="MeanSpend">Mean spend per purchase in the book's main currency.</param>
public readonly record struct ModelClient(string Client, int Frequency, double WeeksSinceLast, double? KnownRecency, int SpendPurchases, double MeanSpend)
{
    /// <summary>
    /// The history the model reads. A recency-only client takes an assumed span from its first purchase to its last
    /// (the forecast draws it, so the unknown widens the range).
    /// </summary>
    public ClientHistory HistoryAssuming(double spanWeeks)
    {
        var recency = KnownRecency ?? spanWeeks;
        return new ClientHistory(Frequency, Frequency > 0 ? recency : 0, recency + WeeksSinceLast, MeanSpend);
    }

    public bool HasHistory => KnownRecency is not null;

    /// <summary>A client with first and last purchase dates and a purchase count (x = purchases − 1).</summary>
    public static ModelClient WithHistory(string client, int purchases, DateOnly first, DateOnly last, DateOnly asOf, double meanSpend)
    {
        var h = ClientHistory.From(Math.Max(0, purchases - 1), first, last, asOf, meanSpend);
        return new ModelClient(client, h.Frequency, h.Age - h.Recency, h.Recency, Math.Max(0, purchases), meanSpend);
    }

    /// <summary>
    /// A client known only by its last purchase or contact. With x = 0 the model cannot read silence at all (a client
    /// who never bought again is alive with certainty in BG/NBD), so a recency-only client counts the last contact as
    /// a repeat purchase: x = max(1, purchases − 1). The least assumption under which a long silence lowers P(alive).
    /// </summary>
    public static ModelClient RecencyOnly(string client, int purchases, DateOnly last, DateOnly asOf, double meanSpend) =>
        new(client, Math.Max(1, purchases - 1), Math.Max(0, asOf.DayNumber - last.DayNumber) / ClientHistory.DaysPerWeek, null, Math.Max(1, purchases), meanSpend);
}

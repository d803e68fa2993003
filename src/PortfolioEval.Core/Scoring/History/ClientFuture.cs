namespace PortfolioEval.Scoring.History;

/// <summary>One client's next months under the model: in expectation, and one simulated future at a time.</summary>
internal static class ClientFuture
{
    /// <summary>P(alive) and expected purchases over the horizon, for one assumed span (ignored with a known history).</summary>
    public static (double Alive, double Purchases) Expect(PurchaseModel model, ModelClient client, double span, double horizon)
    {
        var history = client.HistoryAssuming(span);
        return (BgNbd.ProbabilityAlive(model.Purchases, history), BgNbd.ExpectedPurchases(model.Purchases, history, horizon));
    }

    /// <summary>Expected spend per purchase (Gamma-Gamma); 0 for a client with no value.</summary>
    public static double Spend(PurchaseModel model, ModelClient client) =>
        client.MeanSpend > 0 ? GammaGamma.ExpectedSpend(model.Spend, client.SpendPurchases, client.MeanSpend) : 0;

    /// <summary>
    /// One simulated future: alive or not (its P(alive)); if alive, its purchase rate and dropout drawn from their
    /// posteriors given its history, its purchases over the horizon (dropping out after each with that probability),
    /// and their amounts from its posterior spend. Returns the revenue.
    /// </summary>
    /// <param name="h">The client's history under the simulated span (<see cref="ModelClient.HistoryAssuming"/>).</param>
    /// <param name="alive">Its P(alive) under that history (<see cref="Expect"/>): the same for all the futures
    /// simulated under one span, so worked out once, not once a future.</param>
    public static double Simulate(PurchaseModel model, ModelClient client, ClientHistory h, double alive, double horizon, Random random)
    {
        var p = model.Purchases;
        if (client.MeanSpend <= 0 || random.NextDouble() >= alive)
            return 0;
        var rate = Sampling.Gamma(random, p.R + h.Frequency, p.Alpha + h.Age);
        var dropout = Sampling.Beta(random, p.A, p.B + h.Frequency);
        var purchases = 0;
        for (var t = 0.0; purchases < 10_000;)
        {
            t += -Math.Log(1 - random.NextDouble()) / rate;
            if (t > horizon)
                break;
            purchases++;
            if (random.NextDouble() < dropout)
                break;
        }

        if (purchases == 0)
            return 0;
        var g = model.Spend;
        var nu = Sampling.Gamma(random, g.P * client.SpendPurchases + g.Q, g.Gamma + client.SpendPurchases * client.MeanSpend);
        return Sampling.Gamma(random, g.P * purchases, nu);
    }
}

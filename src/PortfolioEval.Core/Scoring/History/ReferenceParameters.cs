namespace PortfolioEval.Scoring.History;

/// <summary>
/// The parameters used when a book cannot support its own fit: the published CDNOW estimates, the one real customer
/// base both models were validated on (a US online music retailer, 1997-98, weekly time). They describe consumers,
/// not business clients, so a report using them says so, and shows a wider range for books without histories.
/// </summary>
public static class ReferenceParameters
{
    /// <summary>Fader, Hardie &amp; Lee (2005), table 1 (reproduced by <c>CdnowTests</c>).</summary>
    public static BgNbdParameters Purchases { get; } = new(R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426);

    /// <summary>Fader &amp; Hardie (2013): p = 6.25, q = 3.74 (γ = 15.44 US dollars, rescaled per book: see <see cref="SpendFor"/>).</summary>
    public static GammaGammaParameters CdnowSpend { get; } = new(P: 6.25, Q: 3.74, Gamma: 15.44);

    /// <summary>
    /// γ is a sum of money, so the dollar value means nothing in another currency or trade. The shapes p and q (how
    /// spend varies within and between clients) are kept and γ is set so that the population mean spend γp/(q − 1)
    /// equals the book's own mean spend per purchase.
    /// </summary>
    public static GammaGammaParameters SpendFor(double bookMeanSpend) => bookMeanSpend > 0
        ? CdnowSpend with { Gamma = bookMeanSpend * (CdnowSpend.Q - 1) / CdnowSpend.P }
        : CdnowSpend;
}

using System.ComponentModel.DataAnnotations;

namespace PortfolioEval.Web.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Whether <c>http://127.0.0.1</c> may be registered (a listener on the developer's own machine). On only in
    /// Development: anywhere else a delivery would cross the network in the clear.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>How often an idle node looks for deliveries that are due (and consents that just expired).</summary>
    [Range(100, 60_000)]
    public int PollMilliseconds { get; set; } = 2000;

    /// <summary>How long a node's claim on a delivery lasts; longer than <see cref="TimeoutSeconds"/>, so only a dead node loses one.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How long a receiver has to answer before the attempt counts as failed.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>False on a node that only serves pages: it still writes deliveries to the outbox, others send them.</summary>
    public bool Send { get; set; } = true;
}

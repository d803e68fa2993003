namespace PortfolioEval.Webhooks;

/// <summary>
/// When a failed delivery is tried again: 30 seconds after the first failure, doubling each time up to six hours, and
/// given up after <see cref="MaxAttempts"/> attempts (about a day and a half in all), so a receiver that is down for a
/// night still gets everything.
/// </summary>
public static class WebhookRetry
{
    public const int MaxAttempts = 10;
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt; null when no attempt is left.</summary>
    public static TimeSpan? DelayAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        if (attempts >= MaxAttempts)
            return null;
        var delay = First * Math.Pow(2, attempts - 1);
        return delay < Longest ? delay : Longest;
    }

    /// <summary>2xx is delivered; anything else (including a redirect, which is not followed) is tried again.</summary>
    public static bool IsDelivered(int status) => status is >= 200 and < 300;
}

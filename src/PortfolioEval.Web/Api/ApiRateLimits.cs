using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PortfolioEval.Web.Api;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Calls one key may make a minute, on each node: the counter is the node's own (kept in memory), so behind a load
    /// balancer with n nodes a key gets at most n times this. Enough to stop a runaway integration, not an exact quota.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 120;
}

/// <summary>Per-key rate limiting: a fixed window a key, 429 with <c>Retry-After</c> and a problem-details body beyond it.</summary>
public static class ApiRateLimits
{
    public static void Configure(RateLimiterOptions limiter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(ApiPolicies.RateLimit, http =>
        {
            var perMinute = services.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
            // Authorization ran first, so the user is the key's principal; every call is a key's.
            return RateLimitPartition.GetFixedWindowLimiter(http.User.KeyIdOrNull() ?? "", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        limiter.OnRejected = async (context, cancellation) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many calls with this key.",
                $"Try again in {seconds} seconds.");
        };
    }
}

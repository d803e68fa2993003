using System.Globalization;

namespace PortfolioEval.Web.Startup;

/// <summary>
/// How much the garbage collector lets be allocated between two young-generation collections. The runtime sizes it
/// from the processor's largest cache, and a virtual machine may report its host's (260 MB on our machine: an 80 MB
/// budget). A large import keeps much of what it allocates, so each of those collections then copies tens of MB
/// while every request waits: /health's p99 during a million-row import was 38–46 ms on a quiet machine. At 32 MB
/// (<c>DOTNET_GCgen0size=0x2000000</c> in the portal's environment; the runtime reads it from nowhere else) the
/// collections are more frequent and each pauses for less (bench/README.md, issue 18). The portal says so at start-up
/// when the budget is larger.
/// </summary>
internal static class YoungGeneration
{
    public const long AdvisedBudget = 32L * 1024 * 1024;

    /// <summary>The budget the runtime chose or was given, in bytes; null when it does not say.</summary>
    public static long? Budget() =>
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) && value is not null
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The advice to log for a budget, or null when it is small enough.</summary>
    public static string? Advice(long? budget) =>
        budget > AdvisedBudget
            ? string.Create(CultureInfo.InvariantCulture,
                $"The garbage collector's young generation is {budget / (1024 * 1024)} MB: a large import's collections will pause requests. Set DOTNET_GCgen0size=0x2000000 (32 MB) in the portal's environment (README, Configuration).")
            : null;
}

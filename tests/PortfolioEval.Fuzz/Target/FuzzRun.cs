using System.Diagnostics;
using System.Security.Cryptography;

namespace PortfolioEval.Fuzz;

/// <summary>A bounded in-process run: mutations of a corpus through <see cref="ReaderTarget"/>, stopping at a count or a time.</summary>
public static class FuzzRun
{
    public sealed record Crash(string Name, byte[] Input, Exception Exception);

    public sealed record Outcome(int Iterations, int Imported, int Refused, IReadOnlyList<Crash> Crashes, TimeSpan Elapsed);

    /// <summary>Runs until <paramref name="iterations"/> inputs or <paramref name="budget"/>, whichever comes first.</summary>
    public static Outcome Run(IReadOnlyList<byte[]> corpus, int iterations, TimeSpan budget, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Count == 0)
            throw new ArgumentException("The corpus is empty.", nameof(corpus));
        var mutator = new Mutator(seed);
        var random = new Random(seed);
        var crashes = new List<Crash>();
        var clock = Stopwatch.StartNew();
        int done = 0, imported = 0, refused = 0;
        for (; done < iterations && clock.Elapsed < budget; done++)
        {
            var input = mutator.Mutate(corpus[random.Next(corpus.Count)], corpus);
            try
            {
                if (ReaderTarget.Run(input))
                    imported++;
                else
                    refused++;
            }
#pragma warning disable CA1031 // Every other exception is exactly what a fuzzing run looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                crashes.Add(new Crash(Convert.ToHexStringLower(SHA256.HashData(input))[..16], input, e));
            }
        }

        return new Outcome(done, imported, refused, crashes, clock.Elapsed);
    }
}

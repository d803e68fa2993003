using PortfolioEval.Fuzz;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The short fuzzing run of the test command (the long one runs under afl++ at night: tests/PortfolioEval.Fuzz/README.md),
/// and the replay of every input a run ever crashed on, kept under tests/PortfolioEval.Fuzz/corpus/regressions/.
/// </summary>
[Trait(NoDatabase.Trait, NoDatabase.None)]
public class ReaderFuzzTests
{
    private static readonly string Regressions = Path.Combine(RepositoryFiles.Root, "tests", "PortfolioEval.Fuzz", "corpus", "regressions");

    public static TheoryData<string> KeptCrashes => [.. Directory.EnumerateFiles(Regressions).Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void MutationsOfTheSamples_ThreeThousandInputs_AreEachImportedOrRefused_NeverACrash()
    {
        var corpus = HostileFiles.Samples().Select(s => s.Content).ToList();

        var outcome = FuzzRun.Run(corpus, iterations: 3000, budget: TimeSpan.FromSeconds(45), seed: 20);

        var kept = Path.Combine(Path.GetTempPath(), "portfolioeval-fuzz-crashes");
        foreach (var crash in outcome.Crashes)
        {
            Directory.CreateDirectory(kept);
            File.WriteAllBytes(Path.Combine(kept, crash.Name + ".bin"), crash.Input);
        }

        Assert.True(outcome.Crashes.Count == 0, $"{outcome.Crashes.Count} crashes in {outcome.Iterations} inputs, kept in {kept} "
            + "(copy them to tests/PortfolioEval.Fuzz/corpus/regressions/):\n" + string.Join("\n", outcome.Crashes.Select(c => $"{c.Name}: {c.Exception}")));
        Assert.True(outcome.Refused > 0 && outcome.Imported > 0, $"{outcome.Imported} imported, {outcome.Refused} refused: the mutations reach neither side");
    }

    [Theory]
    [MemberData(nameof(KeptCrashes))]
    public void KeptCrash_IsNowImportedOrRefused(string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Regressions, file));

        var exception = Record.Exception(() => ReaderTarget.Run(input));

        Assert.Null(exception);
    }
}

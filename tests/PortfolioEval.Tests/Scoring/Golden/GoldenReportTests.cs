using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring.Golden;

/// <summary>
/// The engine's reports, byte for byte, as the engine of scoring version 2 wrote them before its representation changed
/// (compact clients, arrays, loops without LINQ): the SHA-256 of each golden book's stored JSON is checked in
/// (golden-reports.txt). A formula change is meant to change them: bump <see cref="ScoringEngine.Version"/> and write
/// the file again with PORTFOLIO_GOLDEN_WRITE=1. A representation change is not.
/// </summary>
[Trait(NoDatabase.Trait, NoDatabase.None)]
public class GoldenReportTests
{
    // As the portal stores a report (enums by name). No NaN or infinity can reach it: the engine refuses a report
    // holding one (FiniteFigures), as "random 180" once did when its forecast overflowed.
    private static readonly JsonSerializerOptions StoredJson = new() { Converters = { new JsonStringEnumConverter() } };

    private static string ExpectedFile => Path.Combine(RepositoryFiles.Root, "tests", "PortfolioEval.Tests", "Scoring", "Golden", "golden-reports.txt");

    [Fact]
    public void Score_GoldenBooks_GiveTheStoredReportsByteForByte()
    {
        var actual = GoldenBooks.All().Select(c => $"{c.Name}\t{Hash(Score(c))}").ToList();
        if (Environment.GetEnvironmentVariable("PORTFOLIO_GOLDEN_WRITE") == "1")
            File.WriteAllLines(ExpectedFile, [$"# scoring version {ScoringEngine.Version}", .. actual]);

        var expected = File.ReadAllLines(ExpectedFile).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal($"# scoring version {ScoringEngine.Version}", File.ReadLines(ExpectedFile).First());
        Assert.Equal(expected.Count, actual.Count);
        var differing = expected.Zip(actual).Where(p => p.First != p.Second).Select(p => p.Second.Split('\t')[0]).ToList();
        Assert.True(differing.Count == 0, "Reports changed: " + string.Join(", ", differing.Take(20)));
    }

    private static byte[] Score(GoldenCase book) =>
        JsonSerializer.SerializeToUtf8Bytes(ScoringEngine.Score(book.Clients, book.Facts, book.AsOf, book.Settings, book.Sectors, book.Rates), StoredJson);

    private static string Hash(byte[] json) => Convert.ToHexStringLower(SHA256.HashData(json));
}

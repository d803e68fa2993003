using System.Globalization;
using PortfolioEval.Bench.Measuring;
using PortfolioEval.Bench.Report;
using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Sectors;

namespace PortfolioEval.Bench.Pipeline;

/// <summary>
/// Where a rescoring's heap goes, step by step, for the memory work of issue 13: not a measurement of time (each
/// reading starts with a full collection), and never part of the measured runs.
/// </summary>
public static class RescoringProfile
{
    public static void Print(StoredClients stored, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(output);
        var baseline = Live();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   profile: live heap before {Format.Megabytes(baseline)}"));

        List<PseudonymisedClient> clients;
        using (var file = File.OpenRead(stored.Path))
        using (var plaintext = ChunkedCipher.OpenDecrypting(file, stored.DataKey, BookContent.Context(stored.BookId, BookContentKind.Clients)))
            clients = ClientRecordCodec.Read(plaintext).ToList();
        var decoded = Live();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   profile: {clients.Count:N0} decoded clients held in a list: {Format.Megabytes(decoded - baseline)} ({(decoded - baseline) / Math.Max(1, clients.Count):N0} bytes a client)"));

        ScoreReport report;
        using (var probe = MemoryProbe.Start())
        {
            report = ScoringEngine.Score(clients, stored.Facts, SampleSetAsOf, new ScoringSettings(), IsicTaxonomy.Instance);
            probe.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   profile: engine over the held list: peak heap {Format.Megabytes(probe.PeakManaged)} ({Format.Megabytes(probe.PeakManaged - decoded)} above the decoded clients), peak RSS {Format.Megabytes(probe.PeakResident)}"));
        }

        GC.KeepAlive(clients);
        clients = [];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   profile: live heap after, the report held: {Format.Megabytes(Live())} (composite {report.Composite.Score})"));

        // As the benchmark and the portal rescore: the engine reads the decoder's stream, nothing held before it.
        var before = Live();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var largeBefore = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[3].SizeAfterBytes;
        using (var file = File.OpenRead(stored.Path))
        using (var plaintext = ChunkedCipher.OpenDecrypting(file, stored.DataKey, BookContent.Context(stored.BookId, BookContentKind.Clients)))
        using (var probe = MemoryProbe.Start())
        {
            report = ScoringEngine.Score(ClientRecordCodec.Read(plaintext), stored.Facts, SampleSetAsOf, new ScoringSettings(), IsicTaxonomy.Instance,
                PortfolioEval.Currencies.RateTable.Reference, stored.Clients);
            probe.Stop();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   profile: engine fed by the decoder: peak heap {Format.Megabytes(probe.PeakManaged)} ({Format.Megabytes(probe.PeakManaged - before)} above the live heap before), peak RSS {Format.Megabytes(probe.PeakResident)} (composite {report.Composite.Score})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   profile: collections during it: gen0 {GC.CollectionCount(0) - collections.Item1}, gen1 {GC.CollectionCount(1) - collections.Item2}, gen2 {GC.CollectionCount(2) - collections.Item3}; large object heap {Format.Megabytes(largeBefore)} before, {Format.Megabytes(GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[3].SizeAfterBytes)} after the last collection"));
        }
    }

    private static DateOnly SampleSetAsOf => PortfolioEval.SampleBooks.Books.SampleSet.AsOf;

    private static long Live()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

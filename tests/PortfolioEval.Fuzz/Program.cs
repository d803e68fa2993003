using System.Globalization;
using PortfolioEval.Fuzz;

// afl       : under afl-fuzz (instrumented with sharpfuzz): each input from afl through the readers.
// mutate    : in-process mutations of a corpus folder, bounded; crashes written to a folder. Exit 1 on a crash.
// replay    : each file given (or each file of a folder) through the readers once. Exit 1 on a crash.
switch (args.FirstOrDefault())
{
    case "afl":
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            ReaderTarget.Run(copy.ToArray());
        });
        return 0;
    case "mutate" when args.Length >= 2:
        var corpus = Directory.EnumerateFiles(args[1], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
        var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 600;
        var crashFolder = args.Length > 4 ? args[4] : "crashes";
        var outcome = FuzzRun.Run(corpus, iterations, TimeSpan.FromSeconds(seconds), seed: Environment.TickCount);
        Console.WriteLine($"{outcome.Iterations} inputs in {outcome.Elapsed.TotalSeconds:F0} s: {outcome.Imported} imported, {outcome.Refused} refused, {outcome.Crashes.Count} crashes.");
        foreach (var crash in outcome.Crashes)
        {
            Directory.CreateDirectory(crashFolder);
            File.WriteAllBytes(Path.Combine(crashFolder, crash.Name + ".bin"), crash.Input);
            Console.WriteLine($"{crash.Name}: {crash.Exception.GetType().Name} {crash.Exception.Message}");
        }

        return outcome.Crashes.Count == 0 ? 0 : 1;
    case "replay" when args.Length >= 2:
        var failed = 0;
        foreach (var file in args.Skip(1).SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a) : [a]))
        {
            try
            {
                Console.WriteLine($"{file}: {(ReaderTarget.Run(File.ReadAllBytes(file)) ? "imported" : "refused")}");
            }
#pragma warning disable CA1031 // Reported, then the exit code says it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"{file}: CRASH {e}");
            }
        }

        return failed == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: PortfolioEval.Fuzz afl | mutate <corpus> [iterations] [seconds] [crash folder] | replay <file or folder>...");
        return 2;
}

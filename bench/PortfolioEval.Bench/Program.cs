using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using PortfolioEval.Bench;
using PortfolioEval.Bench.Books;
using PortfolioEval.Bench.Measuring;
using PortfolioEval.Bench.Report;

// The import benchmark of issue 8: for each book, the whole import pipeline against its floors. See bench/README.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// xls strings are often code pages; the Core reader registers this itself, the bare ExcelDataReader floor needs it too.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var work = options.Work ?? Path.Combine(Path.GetTempPath(), "portfolioeval-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var output = Console.Out;
output.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PortfolioEval import benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {(GCSettings.IsServerGC ? "Server" : "Workstation")} GC · {(Debugger.IsAttached ? "debugger attached" : "no debugger")}"));
output.WriteLine(MemoryProbe.ExactResidentPeak
    ? "Peak RSS: the kernel's high-water mark (VmHWM), reset per run. Peak heap: GC.GetTotalMemory sampled every 10 ms."
    : "Peak RSS: the working set sampled every 10 ms. Peak heap: GC.GetTotalMemory sampled every 10 ms.");
output.WriteLine($"Books in {work}");
output.WriteLine(LoadAverage());

var results = new List<BookResult>();
try
{
    var maker = new BookMaker(work, output);
    foreach (var (format, rows) in BookMaker.Plan(options))
    {
        var writing = Stopwatch.StartNew();
        if (maker.Write(format, rows) is not { } book)
            continue;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nWrote {book.Label} in {Format.Time(writing.Elapsed)}; measuring..."));
        if (options.RescoringOnly)
        {
            var score = BookBench.MeasureRescoring(book, options.Runs, options.Profile ? output : null);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   score stored clients (rescoring): {score.Result.Clients:N0} clients in {Format.Time(score.Elapsed)}, peak RSS {Format.Megabytes(score.PeakResident)}, peak heap {Format.Megabytes(score.PeakManaged)}, allocated {Format.Megabytes(score.Allocated)}, report JSON {Format.Kilobytes(score.Result.ReportBytes)}"));
        }
        else
        {
            results.Add(BookBench.Measure(book, options.Runs));
            BookTable.Write(output, results[^1]);
        }
        if (!options.Keep)
            File.Delete(book.Path);
    }
}
finally
{
    if (!options.Keep)
        Directory.Delete(work, recursive: true);
}

RunSummary.Write(output, results);
output.WriteLine(LoadAverage());
return 0;

// Other work on a shared 2-core machine moves absolute times; the load average says how much there was.
static string LoadAverage() => File.Exists("/proc/loadavg")
    ? "Load average (1, 5, 15 min): " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
    : "Load average: not available on this system.";

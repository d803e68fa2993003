using System.Globalization;
using PortfolioEval.SampleBooks;
using PortfolioEval.SampleBooks.Books;

// Writes sample client books: the standard set under samples/, or one book of any size (see SampleOptions.Usage).
SampleOptions options;
try
{
    options = SampleOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

IReadOnlyList<string> written = options.SingleBook
    ? [CustomBook.Write(options, options.Out ?? Directory.GetCurrentDirectory())]
    : SampleSet.WriteAll(options.Out ?? RepositorySamples(), options.Seed, options.AsOf);

foreach (var path in written)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(path).Length,12:N0}  {path}"));
return 0;

// samples/ next to PortfolioEval.sln, found from the current folder so `dotnet run` works from anywhere in the repo.
static string RepositorySamples()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "PortfolioEval.sln")))
            return Path.Combine(folder.FullName, "samples");
    }

    throw new InvalidOperationException("Run inside the repository, or pass --out.");
}

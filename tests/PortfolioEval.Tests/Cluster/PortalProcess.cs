using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Cluster;

/// <summary>
/// A portal node as an operating-system process of its own: the built web app (<c>dotnet PortfolioEval.Web.dll</c>,
/// as deploy/cluster.sh runs it, in Production) on a free port of 127.0.0.1, so a test can kill it as a machine
/// would lose it. Its output is kept, to explain a node that did not start.
/// </summary>
internal sealed class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("portfolioeval-node-").FullName;

    private PortalProcess(IReadOnlyDictionary<string, string> settings)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(DotnetHost(), [WebApp(), "--urls", Address.ToString()])
        {
            WorkingDirectory = Path.Combine(RepositoryFiles.Root, "src", "PortfolioEval.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Portfolio__DataDirectory"] = _dataPath,
                ["Portal__PublicBaseUrl"] = Address.ToString().TrimEnd('/'),
            },
        };
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>What the node wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts a node with these settings (configuration keys, as <c>Import:Workers</c>) and waits until it is ready.</summary>
    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var node = new PortalProcess(settings);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
        while (Stopwatch.GetTimestamp() < deadline && !node._process.HasExited)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri(node.Address, "/health/ready"));
                if (ready.StatusCode == HttpStatusCode.OK)
                    return node;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, still starting.
            }
            await Task.Delay(200);
        }
        node.Dispose();
        throw new InvalidOperationException("The portal process did not become ready:\n" + node.Output);
    }

    /// <summary>SIGKILL: the process ends at once, as on a power cut; nothing of it runs again (no shutdown, no finally).</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    /// <summary>The web app as the build left it, in the configuration these tests were built in.</summary>
    private static string WebApp()
    {
        // The tests run from bin/<configuration>/net10.0/.
        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))) ?? "Release";
        var path = Path.Combine(RepositoryFiles.Root, "src", "PortfolioEval.Web", "bin", configuration, "net10.0", "PortfolioEval.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the web app first (./test.sh builds the solution).", path);
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

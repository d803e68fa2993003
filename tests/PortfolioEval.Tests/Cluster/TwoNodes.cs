using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Cluster;

/// <summary>
/// Two nodes of one portal on one PostgreSQL database, as behind a balancer: two hosts in this process with the same
/// connection string and master key and nothing else in common but the data folder's outbox (a mail server both
/// would send through), so a test reads every email in one place. Node A starts first, so it migrates the schema
/// and makes the key ring's first key; B finds both in the database.
/// </summary>
internal sealed class TwoNodes : IDisposable
{
    public TwoNodes(IDictionary<string, string?>? a = null, IDictionary<string, string?>? b = null)
    {
        var masterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        A = new Node(Settings(a, masterKey), dataPath: null);
        _ = A.Server;
        B = new Node(Settings(b, masterKey), A.DataPath) { DeleteDataOnDispose = false };
        _ = B.Server;
    }

    public Node A { get; }

    public Node B { get; }

    public Outbox Outbox => A.Outbox;

    /// <summary>A person's browser whose requests the test sends to A, to B, or to each in turn.</summary>
    public Browser NewBrowser(Route route = Route.A) => new(new Balancer(A.Server.CreateHandler(), B.Server.CreateHandler()) { Route = route });

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra, string masterKey)
    {
        var settings = new Dictionary<string, string?> { ["DataProtection:MasterKey"] = masterKey, ["Import:PollMilliseconds"] = "100" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    internal sealed class Node(IDictionary<string, string?> settings, string? dataPath) : PortfolioFactory(settings, dataPath);
}

internal enum Route
{
    A,
    B,
    RoundRobin,
}

/// <summary>An HttpClient with one cookie jar, whatever node answers; <see cref="Route"/> may change between requests.</summary>
internal sealed class Browser : HttpClient
{
    private readonly Balancer _balancer;

    public Browser(Balancer balancer) : base(balancer)
    {
        _balancer = balancer;
        BaseAddress = new Uri("http://localhost/");
    }

    public Route Route
    {
        get => _balancer.Route;
        set => _balancer.Route = value;
    }

    /// <summary>Which node answered each request, in order ('A' or 'B').</summary>
    public IReadOnlyCollection<char> Served => _balancer.Served;
}

/// <summary>Sends each request to one node's in-memory server, keeping the cookies as a browser would.</summary>
internal sealed class Balancer(HttpMessageHandler a, HttpMessageHandler b) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _nodes = [new(a), new(b)];
    private readonly CookieContainer _cookies = new();
    private readonly ConcurrentQueue<char> _served = new();
    private int _turn;

    public Route Route { get; set; }

    public IReadOnlyCollection<char> Served => _served;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var node = Route switch
        {
            Route.A => 0,
            Route.B => 1,
            _ => Interlocked.Increment(ref _turn) & 1,
        };
        var uri = request.RequestUri!;
        var cookies = _cookies.GetCookieHeader(uri);
        if (cookies.Length > 0)
            request.Headers.Add("Cookie", cookies);
        var response = await _nodes[node].SendAsync(request, cancellationToken);
        _served.Enqueue(node == 0 ? 'A' : 'B');
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
                _cookies.SetCookies(uri, cookie);
        }
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var node in _nodes)
                node.Dispose();
        }
        base.Dispose(disposing);
    }
}

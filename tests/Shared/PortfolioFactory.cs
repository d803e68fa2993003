using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Web.Hosting;
using PortfolioEval.Web.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PortfolioEval.Testing;

/// <summary>
/// The portal in memory over a real SQLite file in its own temporary data folder (or its own PostgreSQL database, see
/// <see cref="TestDatabase"/>), deleted afterwards.
/// Extra settings go in before the host is built, so Program.cs sees them as it reads configuration.
/// </summary>
public class PortfolioFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public PortfolioFactory() : this(new Dictionary<string, string?>()) { }

    protected PortfolioFactory(IDictionary<string, string?> settings, string? dataPath = null)
    {
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("portfolioeval-test-").FullName;
        // The address email links lead to, required outside Development: the in-memory server's own.
        _settings = new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = "http://localhost" };
        // SQLite in the data folder, or a PostgreSQL database of its own when the run asks for it (TestDatabase).
        foreach (var (key, value) in TestDatabase.SettingsFor(DataPath))
            _settings[key] = value;
        foreach (var (key, value) in settings)
            _settings[key] = value;
        _settings["Portfolio:DataDirectory"] = DataPath;
    }

    /// <summary>A portal started with these settings on top of the defaults.</summary>
    public static PortfolioFactory With(IDictionary<string, string?> settings) => new(settings);

    /// <summary>A portal started over the data folder of an earlier one, as after a restart.</summary>
    public static PortfolioFactory Reopen(string dataPath) => new(new Dictionary<string, string?>(), dataPath);

    /// <summary>False to keep the data folder when this portal stops, so a <see cref="Reopen"/> can start over it.</summary>
    public bool DeleteDataOnDispose { get; set; } = true;

    public string DataPath { get; }

    public Outbox Outbox => new(Path.Combine(DataPath, "outbox"));

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    /// <summary>What start-up printed for a person to read once (generated passwords).</summary>
    public StringWriter Console { get; } = new();

    /// <summary>The day the portal believes it is, when a test fixes it; null for the real clock.</summary>
    public DateTimeOffset? FixedNow { get; init; }

    /// <summary>Everything the portal logged, at every level.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>
    /// PBKDF2 iterations of the password hashes this portal writes. Production's 210,000
    /// (<see cref="PortfolioEval.Web.Accounts.PasswordHashing.Iterations"/>) cost about 100 ms of CPU a hash on a quiet
    /// core, and every account a test signs up through the pages is hashed twice (registration, login): that was most of
    /// the suite's time. A test of the hashing itself or of how long a login takes sets <see cref="ProductionPasswordHashing"/>.
    /// The stand-in hash of a login for an unknown address keeps production's count in every portal.
    /// </summary>
    public const int TestPasswordIterations = 1_000;

    /// <summary>True for a portal that hashes passwords exactly as configured for production.</summary>
    public bool ProductionPasswordHashing { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Log).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new StartupConsole(Console));
            if (!ProductionPasswordHashing)
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordIterations);
            if (FixedNow is { } now)
                services.AddSingleton<TimeProvider>(new FixedClock(now));
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !DeleteDataOnDispose)
            return;
        SqliteConnection.ClearAllPools();
        TestDatabase.Drop(DataPath);
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the runtime; the temp folder is cleaned by the system later.
        }
    }

    /// <summary>A clock stopped at one instant, so what depends on "today" is reproducible.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

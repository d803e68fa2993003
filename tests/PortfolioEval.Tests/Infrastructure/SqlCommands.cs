using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>
/// The SQL commands and transactions one DbContext starts while this is open, read from EF Core's diagnostic events. Tests running at the
/// same time use other contexts, so their commands are not counted, and the shared portal needs no interceptor.
/// </summary>
internal sealed class SqlCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DbContext _context;
    private readonly ConcurrentQueue<string> _sent = new();
    private int _transactions;
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private readonly IDisposable _listeners;

    private SqlCommands(DbContext context)
    {
        _context = context;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public static SqlCommands Of(DbContext context) => new(context);

    /// <summary>The text of each command sent, in order.</summary>
    public IReadOnlyList<string> Sent => [.. _sent];

    /// <summary>The commands that read (as opposed to those that write, each a statement of its own on SQLite).</summary>
    public IReadOnlyList<string> Reads => [.. _sent.Where(c => c.StartsWith("SELECT", StringComparison.Ordinal))];

    /// <summary>The transactions begun: one a <c>SaveChanges</c>.</summary>
    public int Transactions => Volatile.Read(ref _transactions);

    public int InsertsInto(string table) => _sent.Count(c => c.StartsWith($"INSERT INTO \"{table}\"", StringComparison.Ordinal));

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            _subscriptions.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData command && command.Context == _context)
            _sent.Enqueue(command.Command.CommandText);
        else if (value.Key == RelationalEventId.TransactionStarted.Name && value.Value is TransactionEventData transaction && transaction.Context == _context)
            Interlocked.Increment(ref _transactions);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _listeners.Dispose();
        foreach (var subscription in _subscriptions)
            subscription.Dispose();
    }
}

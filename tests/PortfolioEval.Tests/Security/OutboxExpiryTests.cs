using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Security;

/// <summary>Outbox messages carry live links (password resets): they are swept once older than <c>Email:OutboxDays</c>.</summary>
public sealed class OutboxExpiryTests
{
    [Fact]
    public async Task Outbox_MessagesOlderThanTheirDays_AreSwept_YoungerOnesStay()
    {
        var dataPath = Directory.CreateTempSubdirectory("portfolioeval-test-").FullName;
        var outbox = Directory.CreateDirectory(Path.Combine(dataPath, "outbox")).FullName;
        var old = Message(outbox, "old", TimeSpan.FromDays(8));
        var young = Message(outbox, "young", TimeSpan.FromDays(6));
        using var app = PortfolioFactory.Reopen(dataPath);

        _ = app.Server;
        for (var wait = 0; wait < 100 && File.Exists(old); wait++)
            await Task.Delay(100);

        Assert.False(File.Exists(old), "An 8-day-old message is still in the outbox.");
        Assert.True(File.Exists(young), "A 6-day-old message was swept.");
    }

    private static string Message(string outbox, string name, TimeSpan age)
    {
        var file = Path.Combine(outbox, name + ".eml");
        File.WriteAllText(file, "To: someone@example.test\nSubject: Reset\n\nhttp://localhost/Account/ResetPassword?code=x\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow - age);
        return file;
    }
}

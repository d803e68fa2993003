using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The data folder holds the database, the key ring and the outbox's live links: on Unix only the portal's own user
/// may enter it or read a file in it, old outbox messages expire, and an erased person's messages go with them.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class DataFolderTests(PortfolioFactory app)
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task DataFolder_AndEverythingInIt_IsTheOwnersAlone()
    {
        if (OperatingSystem.IsWindows())
            return; // Unix modes only; on Windows the folder inherits its parent's ACL.
        var client = app.CreateBrowser();
        using var login = await client.RegisterConfirmAndLoginAsync(app, AccountSteps.NewEmail("modes"));

        var loose = new List<string>();
        if (File.GetUnixFileMode(app.DataPath) != OwnerFolder)
            loose.Add($"data folder: {File.GetUnixFileMode(app.DataPath)}");
        foreach (var folder in Directory.EnumerateDirectories(app.DataPath, "*", SearchOption.AllDirectories))
        {
            if (File.GetUnixFileMode(folder) != OwnerFolder)
                loose.Add($"{Path.GetRelativePath(app.DataPath, folder)}/: {File.GetUnixFileMode(folder)}");
        }
        var files = Directory.EnumerateFiles(app.DataPath, "*", SearchOption.AllDirectories).ToList();
        foreach (var file in files)
        {
            if (File.GetUnixFileMode(file) != OwnerFile)
                loose.Add($"{Path.GetRelativePath(app.DataPath, file)}: {File.GetUnixFileMode(file)}");
        }

        Assert.Contains(files, f => f.EndsWith(".eml", StringComparison.Ordinal));
        if (!TestDatabase.IsPostgres)
        {
            // On PostgreSQL the database and the key ring live in the server, not in this folder.
            Assert.Contains(files, f => f.EndsWith("portfolioeval.db-wal", StringComparison.Ordinal));
            Assert.Contains(files, f => f.EndsWith(".xml", StringComparison.Ordinal));
        }
        Assert.True(loose.Count == 0, "Readable by others:\n" + string.Join("\n", loose));
    }

    [Fact]
    public async Task EraseAccount_TakesTheirOutboxMessagesWithIt_AndLeavesOthers()
    {
        var email = AccountSteps.NewEmail("forgotten");
        var other = AccountSteps.NewEmail("remembered");
        (await app.CreateBrowser().RegisterCandidateAsync(other)).Dispose();
        var client = app.CreateBrowser();
        using (var login = await client.RegisterConfirmAndLoginAsync(app, email))
            Assert.NotEmpty(app.Outbox.To(email));

        using var erased = await client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal("/Account/Erased", erased.Headers.Location?.OriginalString);
        Assert.Empty(app.Outbox.To(email));
        Assert.NotEmpty(app.Outbox.To(other));
    }
}

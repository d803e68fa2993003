using System.Text.Json;
using Microsoft.Playwright;
using PortfolioEval.Testing;

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>
/// axe-core run on the page as it stands, for the WCAG 2.1 A and AA rules. The script comes from npm (test.sh installs
/// it under the test project's node_modules) and is evaluated through the browser's debugging protocol, which the
/// portal's content security policy does not apply to, so nothing about the portal is loosened for the test.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepositoryFiles.Root, "tests", "PortfolioEval.E2ETests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing: run ./test.sh, or npm install --prefix tests/PortfolioEval.E2ETests.", path);
    });

    /// <summary>Each violation as "rule: the elements it found", empty when there is none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync(Script.Value);
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return result.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | '));
            }
            """);
        return [.. found.EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    /// <summary>Fails with the violations listed, naming the page.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", violations));
    }
}

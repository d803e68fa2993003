using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Hosting;

/// <summary>Arrows point one way: pages use features, features use Core and each other without a circle; Core's rooms too.</summary>
public class WebDependencyTests
{
    private static readonly Dictionary<string, HashSet<string>> Graph = WebDependencyGraph.Of(typeof(Program).Assembly);

    private static readonly string[] FeaturesAndPages =
        ["Accounts", "Books", "Consent", "Demo", "Email", "Privacy", "Recruiting", "Scoring", "Sectors", "Startup", "Storage", "Pages"];

    [Fact]
    public void WebRooms_UseEachOtherWithoutACycle()
    {
        var cycles = WebDependencyGraph.Cycles(Graph);

        Assert.True(cycles.Count == 0, "Rooms of PortfolioEval.Web that use each other in a circle: "
            + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal)))));
    }

    [Fact]
    public void CoreRooms_UseEachOtherWithoutACycle()
    {
        var core = WebDependencyGraph.Of(typeof(CandidateConsent).Assembly, "PortfolioEval");

        var cycles = WebDependencyGraph.Cycles(core);

        Assert.True(cycles.Count == 0, "Rooms of PortfolioEval.Core that use each other in a circle: "
            + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal)))));
        Assert.Contains("Consent", core["Recruiting"]);  // the graph sees the arrow that is meant to be there
        Assert.DoesNotContain("Recruiting", core["Consent"]);
    }

    [Fact]
    public void Storage_UsesNoOtherRoomOfTheWeb()
    {
        Assert.DoesNotContain(Graph[WebDependencyGraph.RoomOf(typeof(CandidateKeys))!], r => r != "(root)");
    }

    [Theory]
    [InlineData("Hosting")]
    [InlineData("Pages")]
    [InlineData("Program")]
    public void NoFeatureRoomNorPage_ReachesBackInto(string room)
    {
        var rooms = FeaturesAndPages.Where(r => r != room);

        Assert.DoesNotContain(rooms, r => Graph.TryGetValue(r, out var uses) && uses.Contains(room));
    }

    [Fact]
    public void Graph_SeesWhatPagesAndFeaturesUse()
    {
        // A graph that missed method bodies or signatures would pass the tests above for the wrong reason.
        Assert.Contains("Consent", Graph["Pages"]);
        Assert.Contains("Storage", Graph["Books"]);
        Assert.Contains("Scoring", Graph["Books"]);
        Assert.Contains("Storage", Graph["Hosting"]);
        Assert.Contains("Scoring", Graph["Hosting"]);
        Assert.Contains("Hosting", Graph["Program"]);
        Assert.Contains("Startup", Graph["Program"]);
        Assert.Contains("Startup", Graph["Hosting"]);
    }

    [Fact]
    public void Hosting_HoldsOnlySetupFiles()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src", "PortfolioEval.Web", "Hosting"), "*.cs");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.EndsWith("Setup.cs", file, StringComparison.Ordinal));
    }

    [Fact]
    public void Cycles_OfAGraphWithALoop_NameEveryRoomInIt()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Books"] = ["Privacy", "Storage"],
            ["Privacy"] = ["Scoring"],
            ["Scoring"] = ["Books"],
            ["Storage"] = [],
            ["Pages"] = ["Books", "Storage"],
        };

        var cycle = Assert.Single(WebDependencyGraph.Cycles(graph));

        Assert.Equal(["Books", "Privacy", "Scoring"], cycle.Order(StringComparer.Ordinal));
    }
}

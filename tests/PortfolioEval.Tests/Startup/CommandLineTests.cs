using PortfolioEval.Web.Startup;

namespace PortfolioEval.Tests.Startup;

public class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--demo" }, new[] { "--Demo:Enabled=true" })]
    [InlineData(new[] { "--create-admin", "boss@example.test" }, new[] { "--Admin:Email=boss@example.test" })]
    [InlineData(new[] { "--create-admin=boss@example.test", "--urls", "http://127.0.0.1:5080" }, new[] { "--Admin:Email=boss@example.test", "--urls", "http://127.0.0.1:5080" })]
    [InlineData(new[] { "--create-admin" }, new[] { "--create-admin" })]
    public void Normalize_TurnsSwitchesIntoSettings(string[] args, string[] expected) =>
        Assert.Equal(expected, CommandLine.Normalize(args));
}

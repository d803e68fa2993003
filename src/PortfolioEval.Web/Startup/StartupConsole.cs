namespace PortfolioEval.Web.Startup;

/// <summary>
/// Where start-up prints what a person must see once (generated passwords): the console, never the log.
/// A service so the tests can read it.
/// </summary>
public sealed record StartupConsole(TextWriter Writer);

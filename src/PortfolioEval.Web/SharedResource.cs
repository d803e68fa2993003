namespace PortfolioEval.Web;

/// <summary>
/// Anchor for the portal's one resource file. Keys are the English text; <c>Resources/SharedResource.es.resx</c>
/// holds the Spanish. English needs no file: a missing key falls back to itself.
/// </summary>
#pragma warning disable CA1052 // An anchor type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052

using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>Where an import is: its phase and the rows read so far.</summary>
public readonly record struct ImportProgress(ImportPhase Phase, int RowsRead);


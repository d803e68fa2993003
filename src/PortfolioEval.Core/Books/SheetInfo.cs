namespace PortfolioEval.Books;

/// <summary>A sheet of the book. A CSV file is one sheet named "CSV".</summary>
/// <param name="Index">0-based position in the workbook.</param>
/// <param name="RecognisedColumns">Header cells that matched a known field name.</param>
public sealed record SheetInfo(int Index, string Name, bool Hidden, int RecognisedColumns);

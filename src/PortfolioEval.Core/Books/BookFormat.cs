namespace PortfolioEval.Books;

/// <summary>The kinds of file a client book can arrive in, decided from the file's bytes, never its name.</summary>
public enum BookFormat
{
    Xlsx,
    Xls,
    Csv,
}

namespace PortfolioEval.Books;

/// <summary>Why a whole file was refused. The web layer turns each into a localised message and a 4xx.</summary>
public enum BookError
{
    UnknownFormat,
    Corrupt,
    Truncated,
    PasswordProtected,
    Empty,
    HeaderOnly,
    NoRecognisableColumn,
    ZipBomb,
    TooManyColumns,
    TooManyRows,
    CellTooLarge,
    SheetNotFound,
}

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

    /// <summary>No column could be the client, or none holds dates or amounts: refused at upload (a list of names and ages is no client book).</summary>
    NotAClientBook,
}

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// An XML part that is not well-formed, found by <see cref="XmlByteScanner"/>: the reason (never the part's text) and
/// where, as a byte offset into the part. The sheet and shared-string readers turn it into a
/// <see cref="BookReadException"/> naming the row and column they were reading.
/// </summary>
internal sealed class XmlDamageException : Exception
{
    public XmlDamageException()
    {
    }

    public XmlDamageException(string message)
        : base(message)
    {
    }

    public XmlDamageException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public XmlDamageException(string reason, long offset, bool truncated)
        : base($"{reason} (byte {offset.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the part)")
    {
        Truncated = truncated;
    }

    /// <summary>The part ended before its root element closed.</summary>
    public bool Truncated { get; }

    /// <summary>The refusal, with <paramref name="where"/> (e.g. "row 12, column C") in front of the reason.</summary>
    public BookReadException Refusal(string where, int? row = null, int? column = null) =>
        new(Truncated ? BookError.Truncated : BookError.Corrupt, $"{where}: {Message}", this) { Row = row, Column = column };
}

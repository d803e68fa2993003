namespace PortfolioEval.Books;

/// <summary>What the values of one column look like, over all data rows of the sheet.</summary>
internal sealed class ColumnProfile
{
    public int NonEmpty { get; private set; }

    public int Dates { get; private set; }

    /// <summary>Text dates in d/m or m/d form: only these need an order.</summary>
    public int TextDates { get; private set; }

    public int Emails { get; private set; }

    public int Amounts { get; private set; }

    /// <summary>Amounts with a currency marker or decimals: a column of bare integers may be ids or phones.</summary>
    public int MoneyLike { get; private set; }

    public int TextAmounts { get; private set; }

    public DateOrderVote DateVote { get; } = new();

    /// <summary>Texts that read as codes rather than names: one token holding digits ("CG-12520", "S10_1678").</summary>
    public int CodeLike { get; private set; }

    /// <summary>Number cells an Excel date serial could be (1970 to 9999): a date column may hold some.</summary>
    public int Serials { get; private set; }

    private const double FirstSerial = 25569;
    private const double LastSerial = 2958465;

    /// <summary>Texts that read as names: letters, no digits ("Minera Andina", "Consumer").</summary>
    public int NameLike { get; private set; }

    /// <summary>The first texts of the column (up to <see cref="SampleSize"/>), for what only a list can tell: sectors, legal forms.</summary>
    public IReadOnlyList<string> Sample => sample;

    public const int SampleSize = 200;
    private const int SampleMaxChars = 120;
    private readonly List<string> sample = [];

    public int PointVotes { get; private set; }

    public int CommaVotes { get; private set; }

    public DecimalSeparator DetectedSeparator => PointVotes == CommaVotes ? DecimalSeparator.Ambiguous
        : PointVotes > CommaVotes ? DecimalSeparator.Point : DecimalSeparator.Comma;

    public void Add(object? cell)
    {
        if (CellText.IsEmpty(cell))
            return;
        NonEmpty++;
        if (cell is DateTime)
        {
            Dates++;
            return;
        }

        if (cell is string text)
            AddText(text);
        else if (cell is double d)
        {
            Amounts++;
            if (d >= FirstSerial && d <= LastSerial)
                Serials++;
            if (d != Math.Floor(d))
                MoneyLike++;
        }
    }

    // Each kind is tried once, cheapest test first: this runs on every cell of the sheet.
    private void AddText(string text)
    {
        if (sample.Count < SampleSize && text.Length <= SampleMaxChars)
            sample.Add(text.Trim());
        if (DateParts.TryParse(text, out var date))
        {
            Dates++;
            var order = DateCellParser.Evidence(date);
            if (order is not null)
                TextDates++;
            DateVote.Add(order);
            return;
        }

        if (EmailCheck.TryFirst(text, out _))
        {
            Emails++;
            return;
        }

        if (!AmountText.TrySplit(text, out var amount) || (amount.Marker.Length > 0 && !CurrencyCodes.TryRecognise(amount.Marker, out _)))
        {
            AddWords(text);
            return;
        }

        Amounts++;
        TextAmounts++;
        var separator = AmountParser.Evidence(amount.Number);
        PointVotes += separator == DecimalSeparator.Point ? 1 : 0;
        CommaVotes += separator == DecimalSeparator.Comma ? 1 : 0;
        if (amount.Marker.Length > 0 || separator != DecimalSeparator.Ambiguous)
            MoneyLike++;
    }

    private void AddWords(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var digits = 0;
        var letters = 0;
        var spaces = 0;
        foreach (var c in trimmed)
        {
            digits += char.IsDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
            spaces += c == ' ' ? 1 : 0;
        }

        if (digits > 0 && spaces == 0)
            CodeLike++;
        else if (digits == 0 && letters >= 2)
            NameLike++;
    }
}

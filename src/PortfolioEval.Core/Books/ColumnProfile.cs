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
            if (d != Math.Floor(d))
                MoneyLike++;
        }
    }

    // Each kind is tried once, cheapest test first: this runs on every cell of the sheet.
    private void AddText(string text)
    {
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
            return;
        Amounts++;
        TextAmounts++;
        var separator = AmountParser.Evidence(amount.Number);
        PointVotes += separator == DecimalSeparator.Point ? 1 : 0;
        CommaVotes += separator == DecimalSeparator.Comma ? 1 : 0;
        if (amount.Marker.Length > 0 || separator != DecimalSeparator.Ambiguous)
            MoneyLike++;
    }
}

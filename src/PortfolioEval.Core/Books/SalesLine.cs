namespace PortfolioEval.Books;

/// <summary>
/// The quantity, unit price and discount of one sales line, as a row gives them; its value is quantity × unit price
/// less the discount, which is an amount or a percentage of that product ("10%", "10 %"). Null while the quantity or
/// the unit price is missing: a line without one of them has no value rather than a guessed one.
/// </summary>
internal sealed class SalesLine
{
    private decimal? quantity, unitPrice, discount, discountPercent;

    /// <summary>The currency marked on the unit price, if any.</summary>
    public string? Currency { get; private set; }

    /// <summary>The unit price was marked with "$" alone.</summary>
    public bool DollarSign { get; private set; }

    public decimal? Value => quantity is { } q && unitPrice is { } p
        ? discountPercent is { } percent ? q * p * (1 - percent / 100m) : q * p - (discount ?? 0)
        : null;

    /// <summary>
    /// Reads the cell of a quantity, unit price or discount column; the reason when it is not a number.
    /// <paramref name="evidence"/> is what the cell says about its column's decimal mark (a percentage says nothing:
    /// the inspection does not take it for an amount).
    /// </summary>
    public RejectionReason? Read(ColumnPlan plan, object? cell, out DecimalSeparator evidence)
    {
        evidence = DecimalSeparator.Ambiguous;
        if (plan.Field == BookField.Discount && cell is string text && text.TrimEnd().EndsWith('%'))
        {
            var percent = AmountParser.Parse(text.TrimEnd()[..^1], plan.Separator);
            if (percent.Error is { } error)
                return error;
            if (percent.Value is < 0 or > 100)
                return RejectionReason.NonNumericValue;
            discountPercent = percent.Value;
            return null;
        }

        var amount = AmountParser.Parse(cell, plan.Separator);
        evidence = amount.Evidence;
        if (amount.Error is { } amountError)
            return amountError;
        switch (plan.Field)
        {
            case BookField.Quantity:
                quantity = amount.Value;
                break;
            case BookField.UnitPrice:
                (unitPrice, Currency, DollarSign) = (amount.Value, amount.Currency, amount.IsDollarSign);
                break;
            default:
                discount = amount.Value is { } d ? Math.Abs(d) : null; // "-50" and "50" both take 50 off
                break;
        }

        return null;
    }
}

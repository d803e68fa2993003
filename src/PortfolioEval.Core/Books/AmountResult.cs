namespace PortfolioEval.Books;

/// <summary>The outcome of reading one amount cell.</summary>
/// <param name="Currency">ISO code written with the amount (S/ 3.518,20 gives PEN); null when none or "$".</param>
/// <param name="HasCurrencyMarker">True when the amount carried any currency marker, "$" included.</param>
public readonly record struct AmountResult(decimal? Value, string? Currency, bool HasCurrencyMarker, RejectionReason? Error)
{
    public static readonly AmountResult Blank = new(null, null, false, null);

    public bool IsBlank => Value is null && Error is null;

    /// <summary>The amount was marked with "$" alone, which the dollar and several pesos share.</summary>
    public bool IsDollarSign => HasCurrencyMarker && Currency is null;

    public static AmountResult Fail(RejectionReason reason) => new(null, null, false, reason);

    /// <summary>
    /// What the text's number alone says about its column's decimal separator
    /// (<see cref="AmountParser.Evidence(object?)"/>), taken from this parse so the import settles its columns without
    /// reading each cell twice. Ambiguous for a number cell or a text that is no amount.
    /// </summary>
    public DecimalSeparator Evidence { get; init; }
}

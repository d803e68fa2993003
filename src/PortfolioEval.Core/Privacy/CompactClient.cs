using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// A stored client as the scoring engine reads it, packed into a value of about 120 bytes held in an array: the
/// pseudonym as its bits, dates as day numbers, shared strings, and a client's one amount in place of a list of one.
/// What scoring never reads (contact and address pseudonyms, contact type, product, city, country) is not kept; the
/// email, phone and tax id pseudonyms are read once, apart, when the engine joins clients into accounts. A
/// <see cref="PseudonymisedClient"/> with its list of amounts took some 400 bytes and three objects, which made a
/// million-client book 1.5 GB to score.
/// </summary>
/// <remarks>The properties read as the <see cref="PseudonymisedClient"/> it was made from reads.</remarks>
public readonly struct CompactClient
{
    private const int NoDay = -1;

    [Flags]
    private enum Has : byte
    {
        None = 0,
        Value = 1,
        Balance = 2,
        DaysOverdue = 4,

        // ValuesByCurrency is the one amount (Currency, Value), bit for bit; otherwise it is held in `amounts`.
        AmountsAreValue = 8,
    }

    private readonly CompactPseudonym client;
    private readonly decimal value, balance;
    private readonly string? sector, currency;
    private readonly IReadOnlyList<CurrencyAmount>? amounts;
    private readonly DatedSales? datedSales;
    private readonly int lastContact, lastUpdate, firstContact, contactDays, purchaseCount, rowCount, daysOverdue;
    private readonly Has has;

    // A byte, not the enum's four: with the flags beside it, a client takes 120 bytes instead of 128.
    private readonly byte origin;

    private CompactClient(PseudonymisedClient from, decimal? value, string? currency, IReadOnlyList<CurrencyAmount> amounts, decimal? balance)
    {
        client = from.ClientKey;
        sector = from.Sector;
        datedSales = from.DatedSales;
        (lastContact, lastUpdate, firstContact) = (DayOf(from.LastContact), DayOf(from.LastUpdate), DayOf(from.FirstContact));
        (contactDays, purchaseCount, rowCount, daysOverdue) = (from.ContactDays, from.PurchaseCount, from.RowCount, from.DaysOverdue ?? 0);
        origin = (byte)from.Origin;
        has = from.DaysOverdue is null ? Has.None : Has.DaysOverdue;
        (this.value, this.currency, this.balance) = (value ?? 0, currency, balance ?? 0);
        has |= (value is null ? Has.None : Has.Value) | (balance is null ? Has.None : Has.Balance);
        if (amounts.Count == 1 && value is { } one && amounts[0].Currency == currency && SameBits(amounts[0].Amount, one))
            has |= Has.AmountsAreValue;
        else
            this.amounts = amounts.Count == 0 ? null : amounts;
    }

    private CompactClient(in CompactClient from, decimal? value, string? currency, IReadOnlyList<CurrencyAmount> amounts, decimal? balance)
    {
        this = from;
        this.amounts = null;
        (this.value, this.currency, this.balance) = (value ?? 0, currency, balance ?? 0);
        has = (from.has & Has.DaysOverdue) | (value is null ? Has.None : Has.Value) | (balance is null ? Has.None : Has.Balance);
        if (amounts.Count == 1 && value is { } one && amounts[0].Currency == currency && SameBits(amounts[0].Amount, one))
            has |= Has.AmountsAreValue;
        else
            this.amounts = amounts.Count == 0 ? null : amounts;
    }

    public static CompactClient Of(PseudonymisedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new CompactClient(client, client.Value, client.Currency, client.ValuesByCurrency, client.OutstandingBalance);
    }

    /// <summary>The client with its amounts and balance replaced (a conversion into the main currency).</summary>
    public CompactClient WithAmounts(decimal? value, string? currency, IReadOnlyList<CurrencyAmount> amounts, decimal? balance)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return new CompactClient(this, value, currency, amounts, balance);
    }

    public CompactPseudonym ClientKey => client;

    /// <summary>Made anew on each read: for the few a report names.</summary>
    public string ClientPseudonym => client.ToString()!;

    public string? Sector => sector;

    public DateOnly? LastContact => DateOf(lastContact);

    public DateOnly? LastUpdate => DateOf(lastUpdate);

    public DateOnly? FirstContact => DateOf(firstContact);

    public int ContactDays => contactDays;

    public int PurchaseCount => purchaseCount;

    public int RowCount => rowCount;

    public int? DaysOverdue => (has & Has.DaysOverdue) != 0 ? daysOverdue : null;

    public decimal? Value => (has & Has.Value) != 0 ? value : null;

    public string? Currency => currency;

    public decimal? OutstandingBalance => (has & Has.Balance) != 0 ? balance : null;

    public DatedSales? DatedSales => datedSales;

    public ClientOrigin Origin => (ClientOrigin)origin;

    /// <summary>How many totals per currency the client has (<see cref="PseudonymisedClient.ValuesByCurrency"/>'s count).</summary>
    public int AmountCount => (has & Has.AmountsAreValue) != 0 ? 1 : amounts?.Count ?? 0;

    /// <summary>One of the client's totals per currency, made without a list.</summary>
    public (string? Currency, decimal Amount) AmountAt(int index) =>
        (has & Has.AmountsAreValue) != 0 && index == 0 ? (currency, value)
        : amounts is { } list ? (list[index].Currency, list[index].Amount)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The totals per currency as a list (made anew when the client holds its one amount in place).</summary>
    public IReadOnlyList<CurrencyAmount> ValuesByCurrency =>
        (has & Has.AmountsAreValue) != 0 ? [new CurrencyAmount(currency, value)] : amounts ?? [];

    private static int DayOf(DateOnly? date) => date?.DayNumber ?? NoDay;

    private static DateOnly? DateOf(int day) => day == NoDay ? null : DateOnly.FromDayNumber(day);

    // 100 and 100.00 are equal but write differently: the amount is held in place only when it is the very same.
    private static bool SameBits(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);
}

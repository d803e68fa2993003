namespace PortfolioEval.Books;

/// <summary>
/// The book's figures that identify no client (coverage per field, totals per currency, range of last contacts),
/// added up client by client as an import streams them, so the clients need not be kept for it.
/// </summary>
public sealed class ClientFigures
{
    private static readonly (BookField Field, Func<ImportedClient, bool> Has)[] Checks =
    [
        (BookField.ContactPerson, c => c.ContactPerson is not null),
        (BookField.Email, c => c.Email is not null),
        (BookField.Phone, c => c.Phone is not null),
        (BookField.TaxId, c => c.TaxId is not null),
        (BookField.Address, c => c.Address is not null),
        (BookField.Sector, c => c.Sector is not null),
        (BookField.LastContactDate, c => c.LastContact is not null),
        (BookField.ContactType, c => c.ContactType is not null),
        (BookField.DealValue, c => c.ValuesByCurrency.Count > 0),
        (BookField.Product, c => c.Product is not null),
        (BookField.LastUpdateDate, c => c.LastUpdate is not null),
        (BookField.OutstandingBalance, c => c.OutstandingBalance is not null),
        (BookField.DaysOverdue, c => c.DaysOverdue is not null),
        (BookField.City, c => c.City is not null),
        (BookField.Country, c => c.Country is not null),
        (BookField.Origin, c => c.Origin != ClientOrigin.Unknown),
    ];

    private readonly int[] covered = new int[Checks.Length];

    // In the order currencies first appear, so equal totals keep that order once sorted.
    private readonly List<(string? Currency, decimal Amount, int Clients)> totals = [];

    public DateOnly? EarliestLastContact { get; private set; }
    public DateOnly? LatestLastContact { get; private set; }

    public IEnumerable<FieldCoverage> Coverage => Checks.Select((check, i) => new FieldCoverage(check.Field, covered[i]));

    /// <summary>Most value first. Currencies are never added together.</summary>
    public IEnumerable<CurrencyTotal> Totals => totals.Select(t => new CurrencyTotal(t.Currency, t.Amount, t.Clients)).OrderByDescending(t => t.Amount);

    public static ClientFigures Of(IEnumerable<ImportedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var figures = new ClientFigures();
        foreach (var client in clients)
            figures.Add(client);
        return figures;
    }

    public void Add(ImportedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        for (var i = 0; i < Checks.Length; i++)
            covered[i] += Checks[i].Has(client) ? 1 : 0;
        foreach (var value in client.ValuesByCurrency)
        {
            var at = totals.FindIndex(t => string.Equals(t.Currency, value.Currency, StringComparison.Ordinal));
            if (at < 0)
                totals.Add((value.Currency, value.Amount, 1));
            else
                totals[at] = (value.Currency, totals[at].Amount + value.Amount, totals[at].Clients + 1);
        }

        if (client.LastContact is { } contact)
        {
            EarliestLastContact = EarliestLastContact is { } earliest && earliest <= contact ? earliest : contact;
            LatestLastContact = LatestLastContact is { } latest && latest >= contact ? latest : contact;
        }
    }
}

using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Scoring.Support;

/// <summary>Test clients in one line each: <c>Client.Named("a").Worth(1000, "PEN").ContactedOn(2026, 3, 1).Build()</c>.</summary>
public sealed class Client
{
    private PseudonymisedClient _client;

    private Client(string pseudonym) => _client = new PseudonymisedClient { ClientPseudonym = pseudonym };

    public static Client Named(string pseudonym) => new(pseudonym);

    public Client InSector(string? sector) => With(_client with { Sector = sector });

    public Client ContactedOn(int year, int month, int day) => With(_client with { LastContact = new DateOnly(year, month, day) });

    public Client ContactedOn(DateOnly? date) => With(_client with { LastContact = date });

    public Client UpdatedOn(int year, int month, int day) => With(_client with { LastUpdate = new DateOnly(year, month, day) });

    public Client UpdatedOn(DateOnly? date) => With(_client with { LastUpdate = date });

    /// <summary>One value in one currency, as the import leaves a client whose rows agree on the currency.</summary>
    public Client Worth(decimal value, string? currency = "PEN") =>
        With(_client with { Value = value, Currency = currency, ValuesByCurrency = [new CurrencyAmount(currency, value)] });

    /// <summary>Rows in several currencies: the import leaves <c>Value</c> and <c>Currency</c> null then.</summary>
    public Client WorthEach(params CurrencyAmount[] amounts) =>
        With(_client with { Value = null, Currency = null, ValuesByCurrency = amounts });

    public Client Owing(decimal? balance, int? daysOverdue) => With(_client with { OutstandingBalance = balance, DaysOverdue = daysOverdue });

    public Client WithEmail(string pseudonym) => With(_client with { EmailPseudonym = pseudonym });

    public Client WithPhone(string pseudonym) => With(_client with { PhonePseudonym = pseudonym });

    public Client WithTaxId(string pseudonym) => With(_client with { TaxIdPseudonym = pseudonym });

    public PseudonymisedClient Build() => _client;

    public static implicit operator PseudonymisedClient(Client builder) => builder?.Build() ?? throw new ArgumentNullException(nameof(builder));

    private Client With(PseudonymisedClient client)
    {
        _client = client;
        return this;
    }
}

using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;

namespace PortfolioEval.Tests.Consent;

/// <summary>A candidate with a scored book, a hiring company with an opening, and the notice shown: what a consent needs.</summary>
internal static class ConsentWorld
{
    public const string CandidateId = "candidate-a";
    public const string Pseudonym = "7k2m9q4x8c1v5b3n6h0j";

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static ConsentNotice Notice(string language = "es") => new(
        version: "3",
        policyUrl: new Uri("https://portfolioeval.example/privacy?version=3"),
        language: language,
        jurisdiction: "CO",
        controller: new ReceiptController(
            Name: "PortfolioEval S.A.S.",
            Contact: "Oficial de protección de datos",
            Address: new PostalAddress("Calle 93 # 11-28", "Bogotá", "CO", "110221"),
            Email: "privacidad@portfolioeval.example",
            Phone: "tel:+57-601-555-0100"));

    public static HiringCompany Company(string name = "Minera Andina") => new(name, "Colombia", "Minería", Now.AddYears(-1));

    public static ClientBook ScoredBook(string candidateId = CandidateId)
    {
        var book = UnscoredBook(candidateId);
        book.Scored(72, DateOnly.FromDateTime(Now.UtcDateTime), 1);
        return book;
    }

    public static ClientBook UnscoredBook(string candidateId = CandidateId) => ClientBook.FromImport(
        Guid.NewGuid(), candidateId, BookFormat.Csv, "cartera", DateOnly.FromDateTime(Now.UtcDateTime), Now,
        new ColumnMapping(0, 1, new Dictionary<int, BookField> { [0] = BookField.Client }),
        new BookImportResult
        {
            RowsRead = 0,
            BlankRowsSkipped = 0,
            RowsRejected = 0,
            RowsAggregated = 0,
            Clients = [],
            Rejections = [],
            DateOrders = new Dictionary<int, DateOrder>(),
        }, packed => packed);

    public static CandidateConsent Grant(ClientBook? book = null, HiringCompany? company = null, Opening? opening = null,
        TimeSpan? duration = null, string language = "es") =>
        CandidateConsent.Grant(CandidateId, book ?? ScoredBook(), company ?? Company(), opening,
            ConsentPurpose.EvaluationForHiring, Notice(language), "Ana T.", Pseudonym, Now, duration);
}

using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// Everything the portal holds about a candidate as one JSON document they can take elsewhere (GDPR Art. 20, data
/// portability): the account, each book with its pseudonymised clients and its report, the consents with their receipts,
/// and who read the reports. Sent to the client as it is read, a few client records at a time, never built whole in memory.
/// The format is described in PRIVACY.md ("Legal bases and your rights").
/// </summary>
public sealed class CandidateExport(PortfolioDbContext db, CandidateBooks books, BookReports reports, ClientLabels labels, CandidateKeys keys, TimeProvider clock)
{
    public const string Format = "PortfolioEval candidate export";
    public const int FormatVersion = 1;

    /// <summary>How much JSON is held before it is sent on.</summary>
    private const int SendThreshold = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Accented letters stay readable; characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonSerializerOptions Values = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = WriterOptions.Encoder,
    };

    /// <param name="output">The response's pipe: a pipe, not a stream, so that the serializer's own flushes only hand
    /// bytes over, and sending them (asynchronously) is left to <see cref="Sink"/>.</param>
    public async Task WriteAsync(string candidateId, PipeWriter output, CancellationToken cancellation)
    {
        await using var sink = new Sink(output);
        var json = sink.Json;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("exportedAt", clock.GetUtcNow().ToUniversalTime());
        await WriteAccountAsync(json, candidateId, cancellation);
        await WriteBooksAsync(sink, candidateId, cancellation);
        var companies = await db.HiringCompanies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellation);
        await WriteConsentsAsync(sink, candidateId, companies, cancellation);
        await WriteAccessLogAsync(sink, candidateId, companies, cancellation);
        await WriteMessagesAsync(sink, candidateId, companies, cancellation);
        json.WriteEndObject();
    }

    private async Task WriteAccountAsync(Utf8JsonWriter json, string candidateId, CancellationToken cancellation)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == candidateId, cancellation);
        json.WriteStartObject("account");
        json.WriteString("email", user.Email);
        json.WriteString("displayName", user.DisplayName);
        json.WriteString("createdAt", user.CreatedAt.ToUniversalTime());
        json.WriteString("lastActiveAt", user.LastActiveAt.ToUniversalTime());
        json.WriteEndObject();
    }

    private async Task WriteBooksAsync(Sink sink, string candidateId, CancellationToken cancellation)
    {
        var json = sink.Json;
        var numbers = await labels.NumbersAsync(candidateId, cancellation);
        // The names kept for the candidate's own pages are theirs too.
        var names = await keys.FindAsync(candidateId, cancellation) is { } secret
            ? await labels.AllIdentitiesAsync(candidateId, secret, cancellation)
            : new Dictionary<string, PortfolioEval.Privacy.ClientIdentity>();
        json.WriteStartArray("books");
        foreach (var book in await books.ListAsync(candidateId, cancellation))
        {
            json.WriteStartObject();
            WriteBookFacts(json, book, await books.NameAsync(book, cancellation));
            json.WriteStartArray("clients");
            foreach (var client in await books.ClientsAsync(book, cancellation))
            {
                json.WriteStartObject();
                json.WriteNumber("clientNumber", numbers.GetValueOrDefault(client.ClientPseudonym));
                if (names.GetValueOrDefault(client.ClientPseudonym) is { } identity)
                {
                    json.WriteString("clientName", identity.Name);
                    if (identity.Contact is { } contact)
                        json.WriteString("contactName", contact);
                }
                foreach (var property in JsonSerializer.SerializeToElement(client, Values).EnumerateObject())
                    property.WriteTo(json);
                json.WriteEndObject();
                await sink.SendWhenFullAsync(cancellation);
            }
            json.WriteEndArray();
            json.WritePropertyName("report");
            JsonSerializer.Serialize(json, await reports.ReportAsync(book, cancellation), Values);
            json.WriteEndObject();
            await sink.SendWhenFullAsync(cancellation);
        }
        json.WriteEndArray();
    }

    private static void WriteBookFacts(Utf8JsonWriter json, ClientBook book, string fileName)
    {
        json.WriteString("id", book.Id);
        json.WriteString("fileName", fileName);
        if (book.Label is { } label)
            json.WriteString("label", label);
        json.WriteString("fileFormat", book.Format.ToString());
        json.WriteString("sheetName", book.SheetName);
        json.WriteString("importedAt", book.ImportedAt.ToUniversalTime());
        json.WriteString("asOf", Day(book.AsOf));
        json.WriteNumber("rowsRead", book.RowsRead);
        json.WriteNumber("rowsImported", book.RowsImported);
        json.WriteNumber("blankRowsSkipped", book.BlankRowsSkipped);
        json.WriteNumber("rowsRejected", book.RowsRejected);
        json.WriteNumber("rowsMerged", book.RowsAggregated);
        json.WriteNumber("rowsWithWarnings", book.RowsWithWarnings);
        json.WriteNumber("openDeals", book.RowsOpen);
        json.WriteNumber("lostDeals", book.RowsLost);
        json.WriteNumber("clientCount", book.Clients);
        json.WriteBoolean("notesDropped", book.NotesDropped);
        if (book.CompositeScore is { } score)
            json.WriteNumber("compositeScore", score);
        json.WritePropertyName("pipeline");
        JsonSerializer.Serialize(json, book.Pipeline, Values);
        json.WritePropertyName("fieldCoverage");
        JsonSerializer.Serialize(json, book.Coverage, Values);
        json.WritePropertyName("totalsByCurrency");
        JsonSerializer.Serialize(json, book.Totals, Values);
        json.WritePropertyName("rejectionReasons");
        JsonSerializer.Serialize(json, book.RejectionReasons, Values);
    }

    private async Task WriteConsentsAsync(Sink sink, string candidateId, IReadOnlyDictionary<Guid, string> companies, CancellationToken cancellation)
    {
        var json = sink.Json;
        var consents = await db.Consents.AsNoTracking().Where(c => c.CandidateId == candidateId).OrderBy(c => c.GrantedAt).ToListAsync(cancellation);
        var openingIds = consents.Where(c => c.OpeningId is not null).Select(c => c.OpeningId!.Value).ToList();
        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, cancellation);
        var now = clock.GetUtcNow();
        json.WriteStartArray("consents");
        foreach (var consent in consents)
        {
            json.WriteStartObject();
            json.WriteString("id", consent.Id);
            json.WriteString("company", companies.GetValueOrDefault(consent.CompanyId));
            json.WriteString("opening", consent.OpeningId is { } openingId ? openings.GetValueOrDefault(openingId) : null);
            json.WriteString("bookId", consent.BookId);
            json.WriteString("sharedName", consent.SharedName);
            json.WriteString("purpose", consent.Purpose.ToString());
            json.WriteString("state", consent.StateAt(now).ToString());
            json.WriteString("grantedAt", consent.GrantedAt.ToUniversalTime());
            json.WriteString("expiresAt", consent.ExpiresAt.ToUniversalTime());
            if (consent.RevokedAt is { } revokedAt)
                json.WriteString("revokedAt", revokedAt.ToUniversalTime());
            json.WriteString("privacyNoticeVersion", consent.PrivacyNoticeVersion);
            json.WriteStartObject("contactShared");
            json.WriteString("email", consent.SharedEmail);
            json.WriteString("phone", consent.SharedPhone);
            json.WriteString("linkedInUrl", consent.SharedLinkedInUrl);
            json.WriteEndObject();
            json.WritePropertyName("receipt");
            if (consent.ReceiptJson.Length > 0)
            {
                // Parsed and written again, not pasted: the receipt is checked and indented like the rest.
                using var receipt = JsonDocument.Parse(consent.ReceiptJson);
                receipt.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteEndObject();
            await sink.SendWhenFullAsync(cancellation);
        }
        json.WriteEndArray();
    }

    private async Task WriteAccessLogAsync(Sink sink, string candidateId, IReadOnlyDictionary<Guid, string> companies, CancellationToken cancellation)
    {
        var json = sink.Json;
        var log = await db.AccessLog.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.At).ToListAsync(cancellation);
        var recruiterIds = log.Select(e => e.RecruiterId).Distinct().ToList();
        var recruiters = await db.Users.AsNoTracking().Where(u => recruiterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        json.WriteStartArray("accessLog");
        foreach (var entry in log)
        {
            json.WriteStartObject();
            json.WriteString("at", entry.At.ToUniversalTime());
            json.WriteString("company", companies.GetValueOrDefault(entry.CompanyId));
            json.WriteString("recruiter", recruiters.GetValueOrDefault(entry.RecruiterId));
            json.WriteString("action", entry.Action.ToString());
            json.WriteString("consentId", entry.ConsentId);
            json.WriteString("bookId", entry.BookId);
            json.WriteEndObject();
            await sink.SendWhenFullAsync(cancellation);
        }
        json.WriteEndArray();
    }

    private async Task WriteMessagesAsync(Sink sink, string candidateId, IReadOnlyDictionary<Guid, string> companies, CancellationToken cancellation)
    {
        var json = sink.Json;
        var messages = await db.Messages.AsNoTracking().Where(m => m.CandidateId == candidateId).OrderBy(m => m.SentAt).ToListAsync(cancellation);
        var authorIds = messages.Where(m => !m.FromCandidate).Select(m => m.AuthorId).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        json.WriteStartArray("messages");
        foreach (var message in messages)
        {
            json.WriteStartObject();
            json.WriteString("at", message.SentAt.ToUniversalTime());
            json.WriteString("consentId", message.ConsentId);
            json.WriteString("company", companies.GetValueOrDefault(message.CompanyId));
            json.WriteString("from", message.FromCandidate ? "candidate" : "recruiter");
            if (!message.FromCandidate)
                json.WriteString("recruiter", authors.GetValueOrDefault(message.AuthorId));
            json.WriteString("text", message.Body);
            json.WriteEndObject();
            await sink.SendWhenFullAsync(cancellation);
        }
        json.WriteEndArray();
    }

    /// <summary>The JSON writer over the response's pipe, which sends what was written every <see cref="SendThreshold"/> bytes.</summary>
    private sealed class Sink(PipeWriter output) : IAsyncDisposable
    {
        private long _sent;

        public Utf8JsonWriter Json { get; } = new(output, WriterOptions);

        public async Task SendWhenFullAsync(CancellationToken cancellation)
        {
            if (Json.BytesCommitted + Json.BytesPending - _sent < SendThreshold)
                return;
            Json.Flush(); // into the pipe's memory; no I/O
            await output.FlushAsync(cancellation);
            _sent = Json.BytesCommitted;
        }

        public async ValueTask DisposeAsync()
        {
            await Json.DisposeAsync();
            await output.FlushAsync();
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

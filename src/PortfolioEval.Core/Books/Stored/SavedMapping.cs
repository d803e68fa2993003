using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// How a candidate mapped a book's columns, remembered per set of headers so the next book exported the same way
/// is mapped the same way without asking.
/// </summary>
public class SavedMapping
{
    private readonly List<MappedColumn> _columns = [];

    // For EF Core.
    private SavedMapping() { }

    public SavedMapping(string candidateId, string headerSignature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        Id = Guid.NewGuid();
        CandidateId = candidateId;
        HeaderSignature = headerSignature;
    }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";

    /// <summary>A hash of the header texts in order (see <see cref="SignatureOf"/>).</summary>
    public string HeaderSignature { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<MappedColumn> Columns => _columns;

    public void Remember(IReadOnlyDictionary<int, BookField> fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _columns.Clear();
        _columns.AddRange(fields.OrderBy(f => f.Key).Select(f => new MappedColumn(f.Key, f.Value)));
        UpdatedAt = now;
    }

    public IReadOnlyDictionary<int, BookField> Fields => _columns.ToDictionary(c => c.Index, c => c.Field);

    /// <summary>Headers compared without case, accents or surrounding spaces, in order.</summary>
    public static string SignatureOf(IEnumerable<string> headers)
    {
        var folded = string.Join('\u001f', headers.Select(h => TextFold.Fold(h)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }
}

public sealed record MappedColumn(int Index, BookField Field);

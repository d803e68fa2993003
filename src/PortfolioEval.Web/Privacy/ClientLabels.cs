using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Privacy;

/// <summary>Gives each new client of a candidate the next number; a client seen before keeps its number.</summary>
public sealed class ClientLabels(PortfolioDbContext db)
{
    /// <summary>Adds labels for the pseudonyms not labelled yet; saved with the caller's next SaveChanges.</summary>
    public async Task AssignAsync(string candidateId, IEnumerable<string> clientPseudonyms, CancellationToken cancellation)
    {
        var known = await db.ClientLabels.Where(l => l.CandidateId == candidateId)
            .Select(l => new { l.ClientPseudonym, l.Number }).ToListAsync(cancellation);
        var seen = known.Select(l => l.ClientPseudonym).ToHashSet(StringComparer.Ordinal);
        var next = known.Count == 0 ? 1 : known.Max(l => l.Number) + 1;
        foreach (var pseudonym in clientPseudonyms.Distinct(StringComparer.Ordinal))
        {
            if (seen.Add(pseudonym))
                db.ClientLabels.Add(new ClientLabel(candidateId, pseudonym, next++));
        }
    }

    /// <summary>"Cliente 017 · Minería · Lima": the number, then only what scoring keeps anyway.</summary>
    public static string Format(string clientWord, int number, string? sector, string? city) =>
        string.Join(" · ", new[] { $"{clientWord} {number.ToString("000", System.Globalization.CultureInfo.InvariantCulture)}", sector, city }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    public async Task<IReadOnlyDictionary<string, int>> NumbersAsync(string candidateId, CancellationToken cancellation) =>
        await db.ClientLabels.Where(l => l.CandidateId == candidateId).ToDictionaryAsync(l => l.ClientPseudonym, l => l.Number, StringComparer.Ordinal, cancellation);
}

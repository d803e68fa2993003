namespace PortfolioEval.Books;

/// <summary>What a header's words say about each field (see <see cref="HeaderSynonyms"/>), scored out of 100.</summary>
internal static class HeaderEvidence
{
    /// <summary>A field a header points at: an exact name scores 100 (a weak name 70); a contained one less, more the more of the header it covers.</summary>
    public sealed record Match(BookField Field, int Score, bool Exact, string Synonym);

    // Folded synonym -> the fields it names and whether weakly.
    private static readonly Dictionary<string, List<(BookField Field, bool Weak)>> Names = Build();

    // Fields that say whose the column is rather than what it holds: "Customer City" is a city, "Contact Email" an email.
    private static readonly HashSet<BookField> Owners = [BookField.Client, BookField.ContactPerson];

    // Fields holding names, which a header saying "id" or "code" does not hold.
    private static readonly HashSet<BookField> Named = [BookField.Client, BookField.ContactPerson, BookField.Product, BookField.Sector, BookField.City, BookField.Country];

    // Words of every client and contact name: "Contact Last Name" may be a contact, "Opportunity Name" is no one.
    private static readonly HashSet<string> OwnerWords = HeaderSynonyms.ByField.Concat(HeaderSynonyms.Weak)
        .Where(p => Owners.Contains(p.Key)).SelectMany(p => p.Value).SelectMany(s => s.Split(' '))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The header's matches, best per field; none when the header names the salesperson.</summary>
    public static IReadOnlyList<Match> Read(string header) => ForWords(HeaderWords.Split(header), LastPart(header));

    /// <summary>
    /// The words after an export's group separator ("Deal - Value", "Address 1: City"): there the field is named,
    /// before it only the record it belongs to. Empty when the header has no such separator.
    /// </summary>
    public static string LastPart(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var cut = Math.Max(header.LastIndexOf(':'), header.LastIndexOf(" - ", StringComparison.Ordinal));
        return cut <= 0 ? "" : HeaderWords.Split(header[(cut + 1)..]);
    }

    /// <summary>Whether the header is a column no field takes (<see cref="HeaderSynonyms.NotFields"/>).</summary>
    public static bool NamesNoField(string words) =>
        HeaderSynonyms.NotFields.Any(n => (" " + words + " ").Contains(" " + n + " ", StringComparison.Ordinal));

    /// <summary>Whether the header's words name the salesperson or the team (owner, agent, vendedor).</summary>
    public static bool NamesSeller(string words) => words.Split(' ').Any(HeaderSynonyms.SellerWords.Contains);

    /// <summary>Whether the header's words say "id", "code" or "number".</summary>
    public static bool SaysCodes(string words) => words.Split(' ').Any(HeaderSynonyms.CodeWords.Contains);

    /// <summary>The matches of a header already read into words (<see cref="HeaderWords.Split"/>).</summary>
    public static IReadOnlyList<Match> ForWords(string words, string lastPart = "")
    {
        if (words.Length == 0 || NamesSeller(words) || NamesNoField(words))
            return [];
        var contentWords = words.Split(' ').Where(w => !HeaderSynonyms.StopWords.Contains(w)).ToList();
        var content = contentWords.Count;
        var tail = " " + lastPart + " ";
        var found = new List<Match>();
        if (Names.TryGetValue(words, out var exact))
            found.AddRange(exact.Select(e => new Match(e.Field, e.Weak ? 70 : 100, true, words)));

        var padded = " " + words + " ";
        foreach (var (synonym, fields) in Names)
        {
            if (synonym == words || !padded.Contains(" " + synonym + " ", StringComparison.Ordinal))
                continue;
            var synonymWords = synonym.Split(' ');
            var covered = synonymWords.Count(w => !HeaderSynonyms.StopWords.Contains(w));
            var coverage = (double)covered / Math.Max(content, 1);
            var named = lastPart.Length > 0 && tail.Contains(" " + synonym + " ", StringComparison.Ordinal) ? 15 : 0;
            // A weak name inside a longer header counts only among names of people and companies.
            var weakAlone = contentWords.Any(w => !OwnerWords.Contains(w) && !synonymWords.Contains(w));
            found.AddRange(fields.Where(f => !f.Weak || !weakAlone)
                .Select(f => new Match(f.Field, (int)Math.Round((f.Weak ? 35 : 50) + 30 * coverage) + named, false, synonym)));
        }

        var codes = SaysCodes(words);
        var others = found.Any(m => !m.Exact && !Owners.Contains(m.Field));
        return [.. found
            .Select(m => m with { Score = m.Score
                - (!m.Exact && others && Owners.Contains(m.Field) ? 25 : 0)
                - (codes && Named.Contains(m.Field) && !SaysCodes(m.Synonym) ? 25 : 0) })
            .GroupBy(m => m.Field)
            .Select(g => g.OrderByDescending(m => m.Score).ThenByDescending(m => m.Synonym.Length).First())];
    }

    private static Dictionary<string, List<(BookField, bool)>> Build()
    {
        var names = new Dictionary<string, List<(BookField, bool)>>(StringComparer.Ordinal);
        void Add(IReadOnlyDictionary<BookField, string[]> table, bool weak)
        {
            foreach (var (field, synonyms) in table)
            {
                foreach (var synonym in synonyms)
                {
                    if (!names.TryGetValue(synonym, out var list))
                        names[synonym] = list = [];
                    if (!list.Any(e => e.Item1 == field))
                        list.Add((field, weak));
                }
            }
        }

        Add(HeaderSynonyms.ByField, weak: false);
        Add(HeaderSynonyms.Weak, weak: true);
        return names;
    }
}

namespace PortfolioEval.Books;

/// <summary>
/// Merges the rows of one client (same <see cref="ClientKey"/>): last contact and last update are the latest, values
/// add up per currency, days overdue is the worst, purchase count is the column's sum or else the number of rows; the
/// first contact and the number of distinct contact dates are kept for the purchase-history model.
/// Descriptive fields (and the origin) keep the first non-empty value, except contact type and product, which follow the latest contact.
/// A client whose valued rows do not all fall on its last contact date keeps its sales by day (<see cref="DatedSales"/>),
/// from the day after <paramref name="keepSalesAfter"/> on, so revenue windows count each sale at its own date.
/// </summary>
internal sealed partial class ClientAggregator(bool hasPurchaseCountColumn, DateOnly? keepSalesAfter = null)
{
    // A client is a value in a page of 1,024 (about 240 KB: the large-object heap, which the young generation's
    // collections do not copy), its names and contacts numbers into PackedTexts, found by a table of its own: no
    // object a client while the book is read, where an accumulator, a merged row, a dictionary key and five to seven
    // strings each were copied by those collections, and again by the next (about 1 KB a client).
    private const int PageShift = 10;
    private const int PageSize = 1 << PageShift;

    private readonly List<Client[]?> pages = [];
    private readonly PackedTexts texts = new();

    // Sectors, cities, products and currencies repeat across clients: one string each, not one per client.
    private readonly StringPool words = new();

    // The table: each bucket the first of its clients, plus one (0: none); Client.Next chains the rest.
    private int[]? buckets = new int[PageSize];

    public int Count { get; private set; }

    /// <summary>Adds a row; true when it merged into a client already seen.</summary>
    public bool Add(ParsedRow row)
    {
        var table = buckets ?? throw new InvalidOperationException("The clients were already taken.");
        var hash = row.Key.GetHashCode(StringComparison.Ordinal);
        for (var at = table[hash & (table.Length - 1)]; at != 0; at = At(at - 1).Next)
        {
            ref var existing = ref At(at - 1);
            if (existing.Hash == hash && texts.Is(existing.Key, row.Key))
            {
                existing.Merge(row, at - 1, texts, words);
                return true;
            }
        }

        var index = Count++;
        if ((index & (PageSize - 1)) == 0)
            pages.Add(new Client[PageSize]);
        ref var created = ref At(index);
        (created.Hash, created.Key, created.Name) = (hash, texts.Add(row.Key, index), texts.Add(row.ClientName, index));
        created.Merge(row, index, texts, words);
        if (Count > table.Length)
            table = Grow(table.Length * 2);
        Link(table, index);
        return false;
    }

    /// <summary>
    /// The clients in the order first seen, each made as it is asked for and its place released after (a page of them,
    /// and their texts' pages, once all were taken): a caller that pseudonymises client by client never holds the
    /// book's clients twice. Once only.
    /// </summary>
    public IEnumerable<ImportedClient> Drain()
    {
        if (buckets is null)
            throw new InvalidOperationException("The clients were already taken.");
        buckets = null;
        return Taken();
    }

    private IEnumerable<ImportedClient> Taken()
    {
        for (var i = 0; i < Count; i++)
        {
            var client = At(i).ToClient(hasPurchaseCountColumn, keepSalesAfter, texts, words);
            if ((i & (PageSize - 1)) == PageSize - 1 || i == Count - 1)
                pages[i >> PageShift] = null;
            texts.ReleaseUpTo(i);
            yield return client;
        }
    }

    private ref Client At(int index) =>
        ref (pages[index >> PageShift] ?? throw new InvalidOperationException("The clients were already taken."))[index & (PageSize - 1)];

    private int[] Grow(int size)
    {
        buckets = new int[size];
        for (var i = 0; i < Count - 1; i++)
            Link(buckets, i);
        return buckets;
    }

    private void Link(int[] table, int index)
    {
        ref var client = ref At(index);
        ref var bucket = ref table[client.Hash & (table.Length - 1)];
        (client.Next, bucket) = (bucket, index + 1);
    }
}

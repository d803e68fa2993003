using FsCheck.Xunit;
using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring.BookValuation;

[Trait(NoDatabase.Trait, NoDatabase.None)]
public class BookValuePropertyTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    /// <summary>A small random book: values, purchase counts and days since the last purchase from the seeds.</summary>
    private static List<ValuationClient> Book(int[] seeds) =>
        [.. (seeds ?? []).Take(12).Select((s, i) => new ValuationClient($"c{i:00}", $"c{i:00}", 100 + Math.Abs(s % 50_000), 2 + Math.Abs(s % 7), null, AsOf.AddDays(-Math.Abs(s / 7 % 1_500))))];

    private static BookValue Value(IReadOnlyList<ValuationClient> clients) => BookValueRule.Value(clients, "PEN", [], AsOf);

    [Property(MaxTest = 60)]
    public bool SplittingAClientInTwo_NeverRaisesTheValue(int[] seeds, byte which, byte share)
    {
        var book = Book(seeds);
        if (book.Count == 0)
            return true;
        var client = book[which % book.Count];
        // Two rows that keep the client's identifiers (one account), its purchases and its value between them.
        var firstPurchases = 1 + share % (client.Purchases - 1);
        var firstValue = Math.Round(client.Value * (1 + share % 99) / 100, 2);
        var split = book.Where(c => c != client).Concat(
        [
            client with { Client = client.Client + "-1", Purchases = firstPurchases, Value = firstValue },
            client with { Client = client.Client + "-2", Purchases = client.Purchases - firstPurchases, Value = client.Value - firstValue },
        ]).ToList();

        return Value(split).Value <= Value(book).Value;
    }

    [Property(MaxTest = 60)]
    public bool LargerRecurringRevenue_NeverLowersTheValue(int[] seeds, byte percent)
    {
        var book = Book(seeds);
        var larger = book.Select(c => c with { Value = c.Value * (1 + (1 + percent) / 100m) }).ToList();

        return Value(larger).Value >= Value(book).Value;
    }

    [Property(MaxTest = 60)]
    public bool ReorderingRows_ChangesNothing(int[] seeds, int shuffle)
    {
        var book = Book(seeds);
        var shuffled = book.ToArray();
        new Random(shuffle).Shuffle(shuffled);

        return Same(Value(book), Value(shuffled));
    }

    private static bool Same(BookValue a, BookValue b) =>
        a.Value == b.Value && a.Low == b.Low && a.High == b.High && a.Revenue == b.Revenue
        && a.Sensitivity.SequenceEqual(b.Sensitivity) && a.Concentration == b.Concentration;

    /// <summary>The same book with sales dated: each client's last 12 months hold none, half or all of its value.</summary>
    private static List<ValuationClient> DatedBook(int[] seeds) =>
        [.. Book(seeds).Select((c, i) => c with { LastYear = Math.Round(c.Value * Math.Abs((seeds[i] / 13) % 3) / 2, 2) })];

    [Property(MaxTest = 60)]
    public bool SplittingAClientInTwo_WithDatedSales_NeverRaisesTheValue(int[] seeds, byte which, byte share)
    {
        var book = DatedBook(seeds);
        if (book.Count == 0)
            return true;
        var client = book[which % book.Count];
        // Two rows of one account, its purchases, value and sales of the last 12 months shared between them.
        var part = (1 + share % 99) / 100m;
        var (firstValue, firstYear) = (Math.Round(client.Value * part, 2), Math.Round(client.LastYear!.Value * part, 2));
        var split = book.Where(c => c != client).Concat(
        [
            client with { Client = client.Client + "-1", Purchases = 1, Value = firstValue, LastYear = firstYear },
            client with { Client = client.Client + "-2", Purchases = client.Purchases - 1, Value = client.Value - firstValue, LastYear = client.LastYear - firstYear },
        ]).ToList();

        return Value(split).Value <= Value(book).Value && Value(split).Concentration == Value(book).Concentration;
    }

    [Property(MaxTest = 60)]
    public bool ReorderingRows_WithDatedSales_ChangesNothing(int[] seeds, int shuffle)
    {
        var book = DatedBook(seeds);
        var shuffled = book.ToArray();
        new Random(shuffle).Shuffle(shuffled);

        return Same(Value(book), Value(shuffled));
    }

    [Property(MaxTest = 60)]
    public bool MoreRecentLastPurchase_NeverLowersTheExpectedRevenue(int[] seeds, byte which, byte days)
    {
        var book = Book(seeds);
        if (book.Count == 0)
            return true;
        var index = which % book.Count;
        var sooner = book[index].LastPurchase!.Value.AddDays(days);
        var recontacted = book.Select((c, i) => i == index ? c with { LastPurchase = sooner > AsOf ? AsOf : sooner } : c).ToList();

        return Value(recontacted).Revenue.Expected >= Value(book).Revenue.Expected;
    }
}

using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class CompactPseudonymTests
{
    private static readonly CandidateSecret Secret = CandidateSecret.FromBytes(new byte[32]);

    private static readonly string[] RealPseudonyms =
        [.. Enumerable.Range(0, 500).Select(i => Pseudonyms.Of(PseudonymKind.Client, $"cliente {i}", Secret)!)];

    [Fact]
    public void CompactPseudonym_RealPseudonym_GivesBackTheSameText()
    {
        foreach (var text in RealPseudonyms)
            Assert.Equal(text, CompactPseudonym.From(text).ToString());
    }

    [Fact]
    public void CompactPseudonym_Order_IsTheOrdinalOrderOfTheTexts()
    {
        string[] texts = [.. RealPseudonyms, "c1", "c2", "zzzzzzzzzzzzzzzzzzzz", "00000000000000000000", "ABC", ""];

        var byBits = texts.OrderBy(CompactPseudonym.From).Select(p => p.ToString()).ToList();

        Assert.Equal(texts.Order(StringComparer.Ordinal).ToList(), byBits);
    }

    [Fact]
    public void CompactPseudonym_TextThatIsNoPseudonym_IsKeptAsWritten()
    {
        Assert.Equal("c1", CompactPseudonym.From("c1").ToString());
        Assert.Equal("UPPERCASEISNOTBASE32", CompactPseudonym.From("UPPERCASEISNOTBASE32").ToString());
        Assert.Null(CompactPseudonym.From(null).ToString());
        Assert.False(CompactPseudonym.From("").HasText);
        Assert.True(CompactPseudonym.From(null).IsNull);
    }

    [Fact]
    public void CompactPseudonym_EqualTexts_AreEqualWithTheSameHash()
    {
        var (a, b) = (CompactPseudonym.From(RealPseudonyms[7]), CompactPseudonym.From(new string(RealPseudonyms[7].AsSpan())));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, CompactPseudonym.From(RealPseudonyms[8]));
    }

    [Fact]
    public void PseudonymisedClient_StoredCompactly_ReadsAndComparesAsItsTexts()
    {
        var client = new PseudonymisedClient { ClientPseudonym = RealPseudonyms[0], EmailPseudonym = RealPseudonyms[1], PhonePseudonym = "c3" };
        var same = new PseudonymisedClient { ClientPseudonym = RealPseudonyms[0], EmailPseudonym = RealPseudonyms[1], PhonePseudonym = "c3" };

        Assert.Equal((RealPseudonyms[0], RealPseudonyms[1], "c3", (string?)null), (client.ClientPseudonym, client.EmailPseudonym, client.PhonePseudonym, client.TaxIdPseudonym));
        Assert.Equal(client, same);
        Assert.NotEqual(client, same with { EmailPseudonym = RealPseudonyms[2] });
    }
}

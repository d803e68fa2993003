using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

/// <summary>The client key cut from the folded name without splitting it into words: the same keys as word by word.</summary>
public class ClientKeyTests
{
    private static readonly string[] Words =
    [
        "Andina", "S.A.C.", "SA", "de", "C.V.", "Cía.", "Ltda", "y", "Co", "S. de R.L.", "GmbH", "Ñandú", "inc", "SAS",
        "Comercial", "Pérez", "  ", "-", "Sapi", "de C V", "Limitada", "Company", "&", "x" + new string('y', 40),
    ];

    // The rule as first written: fold, split into words, cut the longest run of up to five trailing words (never all)
    // that spells a legal form, again while one is cut, and join the words left.
    private static string WordByWord(string name)
    {
        var suffixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "sac", "saa", "sa", "srl", "eirl", "sas", "spa", "ltda", "ltd", "limitada", "inc", "llc", "llp", "plc",
            "corp", "corporation", "gmbh", "ag", "bv", "nv", "sadecv", "sderl", "sderldecv", "sapi", "sapidecv",
            "cia", "ycia", "cialtda", "ycialtda", "ciasa", "yciasa", "co", "yco", "company", "ycompany",
        };
        var words = TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1)
        {
            var (matched, spelled) = (0, "");
            for (var take = 1; take <= Math.Min(5, words.Count - 1); take++)
            {
                spelled = words[^take] + spelled;
                if (suffixes.Contains(spelled))
                    matched = take;
            }

            if (matched == 0)
                break;
            words.RemoveRange(words.Count - matched, matched);
        }

        return string.Join(' ', words);
    }

    [Fact]
    public void Normalise_NamesOfOneToSevenWords_GivesTheKeyOfTheWordByWordRule()
    {
        var random = new Random(18);
        for (var i = 0; i < 20_000; i++)
        {
            var name = string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => Words[random.Next(Words.Length)]));

            Assert.Equal(WordByWord(name), ClientKey.Normalise(name));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("S.A.C.")]
    [InlineData("Andina S.A. de C.V. Cía. Ltda.")]
    public void Normalise_EdgeNames_GivesTheKeyOfTheWordByWordRule(string name) =>
        Assert.Equal(WordByWord(name), ClientKey.Normalise(name));
}

using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

/// <summary>The clients' texts held as UTF-8 in large pages while a book is read: each comes back exactly as added.</summary>
public class PackedTextsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("cliente 12")]
    [InlineData("Añañau Cía. Ltda. — Ñuñoa")]
    [InlineData("北京 贸易 🚚")]
    [InlineData("a\ud800b")] // a lone surrogate, which UTF-8 cannot hold: kept as it is all the same
    [InlineData("\udc00")]
    public void Text_OfAnAddedText_IsThatText(string text)
    {
        var texts = new PackedTexts();
        texts.Add("before", 0);

        var number = texts.Add(text, 1);

        Assert.NotEqual(0UL, number);
        Assert.Equal(text, texts.Text(number));
        Assert.True(texts.Is(number, text));
    }

    [Fact]
    public void Add_EmptyTexts_FirstAndNearAPagesEnd_ReadBackEmpty()
    {
        var texts = new PackedTexts();
        var added = new[] { "", new string('€', 349_000), new string('x', 500), "", new string('y', 400) };

        var numbers = added.Select((text, i) => texts.Add(text, i)).ToList();

        Assert.Equal(added, numbers.Select(texts.Text));
        Assert.Equal(2, texts.PagesHeld); // 400 characters may take 1,200 bytes: more than the first page's last 1,076
    }

    [Fact]
    public void Add_Null_IsZeroAndReadsBackAsNull()
    {
        var texts = new PackedTexts();

        Assert.Equal(0UL, texts.Add(null, 0));
        Assert.Null(texts.Text(0));
        Assert.False(texts.Is(0, ""));
    }

    [Fact]
    public void Is_ComparesOrdinally()
    {
        var texts = new PackedTexts();
        var number = texts.Add("acme", 0);

        Assert.False(texts.Is(number, "Acme"));
        Assert.False(texts.Is(number, "acm"));
        Assert.False(texts.Is(number, "acme "));
        Assert.False(texts.Is(number, "acmé"));
        Assert.True(texts.Is(number, new string("acme".ToCharArray())));
    }

    [Fact]
    public void Add_TextsOverSeveralPages_EachReadsBackAndTheLongestCellFits()
    {
        var texts = new PackedTexts();
        var longest = new string('ñ', new BookLimits().MaxCellChars);
        var added = Enumerable.Range(0, 40_000).Select(i => i % 10_000 == 0 ? longest : $"Cliente número {i} de la cartera").ToList();

        var numbers = added.Select((text, i) => texts.Add(text, i)).ToList();

        Assert.True(texts.PagesHeld >= 2);
        Assert.Equal(added, numbers.Select(texts.Text));
    }

    [Fact]
    public void ReleaseUpTo_LetsGoOfAPageOnlyOnceEveryClientWithATextOnItWasTaken()
    {
        var texts = new PackedTexts();
        var perPage = PackedTexts.PageBytes / 100;
        var numbers = Enumerable.Range(0, perPage * 3).Select(i => texts.Add(new string('x', 100), i)).ToList();
        // Client 0 gets one more text late, on the last page, which stays until the last client on it is taken.
        var late = texts.Add("tardío", 0);
        Assert.Equal(4, texts.PagesHeld);

        texts.ReleaseUpTo(perPage + 10);
        Assert.Equal(3, texts.PagesHeld);
        Assert.Throws<InvalidOperationException>(() => texts.Text(numbers[0]));
        Assert.Equal(new string('x', 100), texts.Text(numbers[perPage + 20]));
        Assert.Equal("tardío", texts.Text(late));

        texts.ReleaseUpTo(perPage * 3);
        Assert.Equal(0, texts.PagesHeld);
    }
}

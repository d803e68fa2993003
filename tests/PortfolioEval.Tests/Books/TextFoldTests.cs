using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// Latin text folds from a table, other text through the full Unicode decomposition; both must give the same key.
/// A combining accent (U+0301) at the end forces the decomposition and folds away, so it is the oracle.
/// </summary>
public class TextFoldTests
{
    private const string ForcesDecomposition = "\u0301";

    [Fact]
    public void Fold_EveryAccentedLatinLetter_FoldsAsTheUnicodeDecompositionFoldsIt()
    {
        for (var c = '\u0080'; c <= '\u024F'; c++)
        {
            var text = $"a{c}b {c}";

            Assert.Equal(TextFold.Fold(text + ForcesDecomposition), TextFold.Fold(text));
        }
    }

    [Theory]
    [InlineData("Minería Ñandú S.A.C.", "mineria nandu s a c")]
    [InlineData("São Paulo Comércio Ltda.", "sao paulo comercio ltda")]
    [InlineData("Ærø Straße ½", "ærø straße")]
    [InlineData("Perú", "peru")]
    public void Fold_LatinNames_LoseAccentsCaseAndPunctuation(string text, string folded)
    {
        Assert.Equal(folded, TextFold.Fold(text));
        Assert.Equal(TextFold.Fold(text + ForcesDecomposition), TextFold.Fold(text));
    }
}

namespace PortfolioEval.SampleBooks.Generation;

/// <summary>The language a book is written in: its headers and the words in its cells.</summary>
public enum Language
{
    Es,
    En,
}

/// <summary>A word as a Spanish and as an English book would write it.</summary>
public sealed record Bilingual(string Es, string En)
{
    public string In(Language language) => language == Language.Es ? Es : En;
}

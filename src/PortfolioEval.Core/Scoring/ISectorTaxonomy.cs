namespace PortfolioEval.Scoring;

/// <summary>What scoring needs of the sector taxonomy (ISIC Rev.4, implemented in <c>Core/Sectors</c>).</summary>
public interface ISectorTaxonomy
{
    /// <summary>The ISIC code a free-text sector of a book means, or null when it cannot be mapped without guessing.</summary>
    string? Classify(string? text);

    /// <summary>The deepest level two codes share: the same class, group, division, section, or nothing.</summary>
    SectorMatchLevel CommonLevel(string code, string target);
}

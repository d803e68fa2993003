namespace PortfolioEval.Sectors;

/// <summary>The four levels of ISIC Rev.4, broadest first: A, 01, 011, 0111.</summary>
public enum IsicLevel { Section, Division, Group, Class }

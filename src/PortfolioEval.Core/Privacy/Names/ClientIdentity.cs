namespace PortfolioEval.Privacy;

/// <summary>
/// Who a labelled client is, for the candidate's eyes only: the client's name as first written in their book, and its
/// contact person when the book named one. Kept encrypted beside the label (<see cref="ClientNameCipher"/>).
/// </summary>
public sealed record ClientIdentity(string Name, string? Contact);

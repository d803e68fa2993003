namespace PortfolioEval.Books;

/// <summary>How the candidate came to hold a client, when the book (or the candidate on the mapping page) says so.</summary>
public enum ClientOrigin { Unknown, Won, Inherited, Assigned }

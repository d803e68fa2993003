using PortfolioEval.Books;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// A client as the valuation reads it: plain values, so the caller (the scoring engine, a test, a tool) decides where
/// they come from.
/// </summary>
/// <param name="Client">Stable key (the pseudonym).</param>
/// <param name="Account">Clients sharing an account are valued as one (the engine joins clients that share a tax id,
/// email or phone): splitting a client in two rows that keep its identifiers changes nothing.</param>
/// <param name="Value">Sales in the book's main currency; clients at 0 add no revenue.</param>
/// <param name="Purchases">Purchases (or rows) behind <paramref name="Value"/>; at least 1 is assumed.</param>
/// <param name="FirstPurchase">Null when the book does not say: the client is then read by recency only.</param>
/// <param name="LastPurchase">Last purchase, or the last contact when that is all the book has; null: not forecast.</param>
/// <param name="LastYear">Sales of the last 12 months, when the book's sales are dated: the concentration is over them
/// (version 4). Null: the concentration is over <paramref name="Value"/>.</param>
public sealed record ValuationClient(string Client, string Account, decimal Value, int Purchases, DateOnly? FirstPurchase, DateOnly? LastPurchase, ClientOrigin Origin = ClientOrigin.Unknown, decimal? LastYear = null);

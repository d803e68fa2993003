namespace PortfolioEval.SampleBooks.Generation;

/// <summary>One line of a sales export: an invoice to a client on a day.</summary>
public sealed record FakeSale(FakeClient Client, DateOnly Date, string Invoice, string Product, int Quantity, decimal Total, string Channel);

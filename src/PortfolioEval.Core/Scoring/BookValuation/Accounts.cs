using PortfolioEval.Books;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <param name="Key">The account's rank among the accounts' names (<see cref="ValuationClients.Account"/>).</param>
/// <param name="Model">Where the account's purchase model is in <see cref="AccountBook.Models"/>; -1 when it has none.</param>
/// <param name="Weight">Transferability weight of the account's clients (value-weighted, see <see cref="Transferability"/>).</param>
/// <remarks>Laid out by the runtime (40 bytes, not 48): a million-client book has up to a million accounts.</remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct Account(int Key, decimal Value, int Model, double Weight, bool OriginKnown);

/// <summary>The accounts, ordered, and the purchase models of those that can be forecast, in the order they were made.</summary>
/// <param name="LastYear">Each account's sales of the last 12 months, at its <see cref="Account.Key"/>, when the book's
/// sales are dated (<see cref="ValuationClients.LastYear"/>); null otherwise. Apart from the accounts, which a book of
/// one row per client would otherwise carry an empty amount in each.</param>
internal sealed record AccountBook(List<Account> Accounts, List<ModelClient> Models, decimal[]? LastYear = null)
{
    /// <summary>The account's sales of the last 12 months (only when <see cref="LastYear"/> is given).</summary>
    public decimal LastYearOf(in Account account) => LastYear![account.Key];

    /// <summary>The models of the accounts that have one, in the accounts' order: what the forecast reads.</summary>
    public IReadOnlyList<ModelClient> Forecastable(out int[] accounts)
    {
        // Counted first, so the array is made once at its size, not outgrown.
        var forecastable = 0;
        foreach (var account in Accounts)
            forecastable += account.Model >= 0 ? 1 : 0;
        accounts = new int[forecastable];
        for (int a = 0, at = 0; a < Accounts.Count; a++)
        {
            if (Accounts[a].Model >= 0)
                accounts[at++] = a;
        }

        return new ModelsOf(this, accounts);
    }

    private sealed class ModelsOf(AccountBook book, int[] accounts) : IReadOnlyList<ModelClient>
    {
        public int Count => accounts.Length;

        public ModelClient this[int index] => book.Models[book.Accounts[accounts[index]].Model];

        public IEnumerator<ModelClient> GetEnumerator()
        {
            for (var i = 0; i < accounts.Length; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// Clients joined into accounts: values and purchases summed, the earliest first and the latest last purchase kept.
/// An account with no dated purchase cannot be forecast and brings no revenue.
/// </summary>
internal static class Accounts
{
    /// <summary>
    /// The accounts of the clients with value, ordered by content and the key last, so sums over accounts do not depend
    /// on the pseudonyms. Grouped by sorting the clients' positions (account, then client, then as given) rather than
    /// by a dictionary of groups: a million-client book makes no group objects, and its accounts are values in an array.
    /// </summary>
    public static AccountBook Of(ValuationClients clients, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var withValue = 0;
        for (var i = 0; i < clients.Count; i++)
            withValue += clients.Value[i] > 0 ? 1 : 0;
        var order = new int[withValue];
        for (int i = 0, at = 0; i < clients.Count; i++)
        {
            if (clients.Value[i] > 0)
                order[at++] = i;
        }

        Array.Sort(order, (a, b) =>
            clients.Account[a].CompareTo(clients.Account[b]) is var byAccount and not 0 ? byAccount
            : clients.ClientRank(a).CompareTo(clients.ClientRank(b)) is var byClient and not 0 ? byClient
            : a.CompareTo(b));

        // Made at the number of accounts, which a book whose clients share emails and phones has far fewer of than clients.
        var groups = 0;
        for (var k = 0; k < order.Length; k++)
            groups += k == 0 || clients.Account[order[k]] != clients.Account[order[k - 1]] ? 1 : 0;
        var accounts = new List<Account>(groups);
        var models = new List<ModelClient>(groups);
        var lastYear = clients.LastYear is null ? null : new decimal[clients.Count];
        for (int start = 0, end; start < order.Length; start = end)
        {
            for (end = start + 1; end < order.Length && clients.Account[order[end]] == clients.Account[order[start]]; end++)
            {
            }

            accounts.Add(Join(clients, order.AsSpan(start, end - start), asOf, models, lastYear));
        }

        accounts.Sort((a, b) =>
            a.Value.CompareTo(b.Value) is var order and not 0 ? order
            : WeeksSinceLast(a).CompareTo(WeeksSinceLast(b)) is var weeks and not 0 ? weeks
            : SpendPurchases(a).CompareTo(SpendPurchases(b)) is var purchases and not 0 ? purchases
            : a.Weight.CompareTo(b.Weight) is var weight and not 0 ? weight
            : a.Key.CompareTo(b.Key));
        return new AccountBook(accounts, models, lastYear);

        double WeeksSinceLast(Account a) => a.Model >= 0 ? models[a.Model].WeeksSinceLast : -1;
        int SpendPurchases(Account a) => a.Model >= 0 ? models[a.Model].SpendPurchases : 0;
    }

    private static Account Join(ValuationClients clients, ReadOnlySpan<int> group, DateOnly asOf, List<ModelClient> models, decimal[]? lastYears)
    {
        var key = clients.Account[group[0]];
        decimal value = 0;
        var purchases = 0;
        double weighted = 0;
        DateOnly? last = null, first = null;
        var allFirst = true;
        var known = true;
        decimal? lastYear = clients.LastYear is null ? null : 0m;
        foreach (var at in group)
        {
            value += clients.Value[at];
            lastYear += clients.LastYear?[at];
            purchases = checked(purchases + Math.Max(1, clients.Purchases[at]));
            weighted += (double)clients.Value[at] * Transferability.WeightOf(clients.Origin[at]);
            if (ValuationClients.DateOf(clients.LastPurchase[at]) is { } lastHere && (last is null || lastHere > last))
                last = lastHere;
            if (ValuationClients.DateOf(clients.FirstPurchase[at]) is { } firstHere)
                first = first is null || firstHere < first ? firstHere : first;
            else
                allFirst = false;
            known &= clients.Origin[at] != ClientOrigin.Unknown;
        }

        if (lastYears is not null)
            lastYears[key] = lastYear!.Value;
        purchases = Math.Max(1, purchases);
        first = allFirst ? first : null;
        var mean = (double)(value / purchases);
        var weight = weighted / (double)value;
        if (last is not { } lastDay)
            return new Account(key, value, -1, weight, known);
        // A date after the as-of date counts as the as-of date itself, as everywhere in scoring.
        lastDay = lastDay > asOf ? asOf : lastDay;
        // The model's key is left empty: the forecast's figures never depend on it, and the account is found by position.
        models.Add(first is { } firstDay && firstDay <= lastDay
            ? ModelClient.WithHistory("", purchases, firstDay, lastDay, asOf, mean)
            : ModelClient.RecencyOnly("", purchases, lastDay, asOf, mean));
        return new Account(key, value, models.Count - 1, weight, known);
    }
}

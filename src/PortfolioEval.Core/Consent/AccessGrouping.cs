namespace PortfolioEval.Consent;

/// <summary>
/// One look, however many requests it took: the same recruiter doing the same thing again and again within a short
/// while (reloading a report, going back to a ranking) is one group with a count, a first and a last time.
/// </summary>
public sealed record AccessGroup(string RecruiterId, AccessAction Action, DateTimeOffset First, DateTimeOffset Last, int Count)
{
    /// <summary>The company's API key the accesses came through; null when a recruiter used the pages.</summary>
    public string? ApiKeyName { get; init; }
}

/// <summary>Groups an access log for the candidate to read: repeated accesses close together become one line.</summary>
public static class AccessGrouping
{
    /// <summary>
    /// How long after a recruiter's access the same kind of access by them still counts as the same look. Half an
    /// hour is a sitting: a recruiter who comes back the next morning has looked again.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Groups <paramref name="entries"/> (in any order) by recruiter and kind: an access joins the recruiter's group of
    /// that kind when it comes at most <paramref name="window"/> after the group's last access, so a sitting of steady
    /// reloads stays one group however long it lasts. Newest group first.
    /// </summary>
    public static IReadOnlyList<AccessGroup> Group(IEnumerable<(string RecruiterId, AccessAction Action, DateTimeOffset At)> entries, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Group(entries.Select(e => (e.RecruiterId, (string?)null, e.Action, e.At)), window);
    }

    /// <summary>As above, with reads through an API key apart from the same person's reads on the pages.</summary>
    public static IReadOnlyList<AccessGroup> Group(IEnumerable<(string RecruiterId, string? ApiKeyName, AccessAction Action, DateTimeOffset At)> entries, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        var open = new Dictionary<(string, string?, AccessAction), AccessGroup>();
        var closed = new List<AccessGroup>();
        foreach (var (recruiterId, apiKeyName, action, at) in entries.OrderBy(e => e.At))
        {
            var key = (recruiterId, apiKeyName, action);
            if (open.TryGetValue(key, out var group) && at - group.Last <= window)
            {
                open[key] = group with { Last = at, Count = group.Count + 1 };
                continue;
            }
            if (group is not null)
                closed.Add(group);
            open[key] = new AccessGroup(recruiterId, action, at, at, 1) { ApiKeyName = apiKeyName };
        }
        return [.. closed.Concat(open.Values).OrderByDescending(g => g.Last).ThenBy(g => g.Action)];
    }
}

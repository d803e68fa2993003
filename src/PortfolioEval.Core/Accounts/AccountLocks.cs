namespace PortfolioEval.Accounts;

/// <summary>
/// How a portal admin's lock is told apart from a lockout after failed sign-ins: both are Identity's lockout, but an
/// admin's lock has no end. What a lock stops beyond the password (open sessions, a company admin's API keys) reads it.
/// </summary>
public static class AccountLocks
{
    /// <summary>The lockout end an admin's lock sets.</summary>
    public static readonly DateTimeOffset NoEnd = DateTimeOffset.MaxValue;
}

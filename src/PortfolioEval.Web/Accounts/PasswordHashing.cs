namespace PortfolioEval.Web.Accounts;

/// <summary>How passwords are hashed: Identity's options and the sign-in's stand-in hash read the same number.</summary>
public static class PasswordHashing
{
    /// <summary>OWASP's floor for PBKDF2-HMAC-SHA512, which Identity's V3 hash format uses.</summary>
    public const int Iterations = 210_000;
}

using System.Security.Cryptography;

namespace PortfolioEval.Web.Accounts;

/// <summary>Generated passwords for the first admin and the demo accounts: never typed into code or config.</summary>
public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I), so a password read off a console can be typed.
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string New(int length = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 8);
        const string all = Lower + Upper + Digits;
        var chars = new char[length];
        // One of each class guarantees the password policy; the rest is uniform over all of them.
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < length; i++)
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}

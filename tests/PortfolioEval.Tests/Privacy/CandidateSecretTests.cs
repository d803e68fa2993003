using System.Security.Cryptography;
using System.Text;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class CandidateSecretTests
{
    private static readonly byte[] Fixed = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void New_TwoSecrets_Differ()
    {
        using var first = CandidateSecret.New();
        using var second = CandidateSecret.New();

        Assert.False(first.Bytes.SequenceEqual(second.Bytes));
        Assert.Equal(CandidateSecret.Length, first.Bytes.Length);
    }

    [Fact]
    public void FromBytes_SameBytes_DerivesTheSameKeys()
    {
        using var original = CandidateSecret.New();
        using var restored = CandidateSecret.FromBytes(original.Bytes);

        Assert.True(original.DataKey.SequenceEqual(restored.DataKey));
        Assert.True(original.PseudonymKey.SequenceEqual(restored.PseudonymKey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(33)]
    public void FromBytes_WrongLength_Throws(int length)
    {
        Assert.Throws<ArgumentException>(() => CandidateSecret.FromBytes(new byte[length]));
    }

    [Fact]
    public void FromBytes_CallerChangesItsCopy_SecretUnchanged()
    {
        var bytes = (byte[])Fixed.Clone();
        using var secret = CandidateSecret.FromBytes(bytes);

        bytes[0] ^= 0xFF;

        Assert.True(secret.Bytes.SequenceEqual(Fixed));
    }

    [Fact]
    public void DerivedKeys_DifferFromEachOtherAndFromTheSecret()
    {
        using var secret = CandidateSecret.FromBytes(Fixed);

        Assert.False(secret.DataKey.SequenceEqual(secret.PseudonymKey));
        Assert.False(secret.DataKey.SequenceEqual(secret.Bytes));
        Assert.False(secret.PseudonymKey.SequenceEqual(secret.Bytes));
    }

    [Fact]
    public void DerivedKeys_AreHkdfSha256WithTheirInfoStrings()
    {
        // Pinned: changing a derivation would make every stored book and pseudonym unreadable or unmatched.
        using var secret = CandidateSecret.FromBytes(Fixed);

        Assert.Equal(Hkdf("PortfolioEval/candidate/v1/data-key/aes-256-gcm"), secret.DataKey.ToArray());
        Assert.Equal(Hkdf("PortfolioEval/candidate/v1/pseudonym-key/hmac-sha256"), secret.PseudonymKey.ToArray());
    }

    [Fact]
    public void Dispose_ThenAnyKey_Throws()
    {
        var secret = CandidateSecret.New();

        secret.Dispose();
        secret.Dispose();

        Assert.Throws<ObjectDisposedException>(() => secret.Bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => secret.DataKey.Length);
        Assert.Throws<ObjectDisposedException>(() => secret.PseudonymKey.Length);
    }

    private static byte[] Hkdf(string info) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Fixed, 32, salt: [], info: Encoding.ASCII.GetBytes(info));
}

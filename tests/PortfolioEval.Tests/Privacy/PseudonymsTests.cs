using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class PseudonymsTests
{
    private static readonly CandidateSecret Ana = CandidateSecret.FromBytes([.. Enumerable.Range(0, 32).Select(i => (byte)i)]);
    private static readonly CandidateSecret Bruno = CandidateSecret.FromBytes([.. Enumerable.Range(100, 32).Select(i => (byte)i)]);

    [Fact]
    public void Pseudonym_SameClientTwoCandidates_Differs()
    {
        Assert.NotEqual(
            Pseudonyms.Of(PseudonymKind.Client, "Minera Andina S.A.C.", Ana),
            Pseudonyms.Of(PseudonymKind.Client, "Minera Andina S.A.C.", Bruno));
    }

    [Fact]
    public void Pseudonym_SameClientTwoUploadsOfOneCandidate_IsTheSame()
    {
        // A second upload unwraps the same secret: a new object over the same bytes.
        using var again = CandidateSecret.FromBytes(Ana.Bytes);

        Assert.Equal(
            Pseudonyms.Of(PseudonymKind.Client, "Minera Andina S.A.C.", Ana),
            Pseudonyms.Of(PseudonymKind.Client, "Minera Andina S.A.C.", again));
    }

    [Theory]
    [InlineData(PseudonymKind.Client, "ACME S.A.C.", "Acme SAC")]
    [InlineData(PseudonymKind.Client, "Distribuidora Andina Cía. Ltda.", "DISTRIBUIDORA ANDINA")]
    [InlineData(PseudonymKind.Email, " Ana@Example.com ", "ana@example.com")]
    [InlineData(PseudonymKind.Phone, "+51 987-654-321", "51987654321")]
    [InlineData(PseudonymKind.Phone, "(01) 234 5678", "012345678")]
    [InlineData(PseudonymKind.TaxId, "20-12345678-9", "20123456789")]
    [InlineData(PseudonymKind.TaxId, "ñaf-010101.ab1", "ÑAF010101AB1")]
    [InlineData(PseudonymKind.ContactPerson, "José  Pérez-Ruiz", "jose perez ruiz")]
    [InlineData(PseudonymKind.Address, "Av. Javier Prado Este 1234, Of. 501", "AV JAVIER PRADO ESTE 1234 OF 501")]
    public void Pseudonym_WrittenTwoWays_IsTheSame(PseudonymKind kind, string written, string other)
    {
        Assert.Equal(Pseudonyms.Of(kind, written, Ana), Pseudonyms.Of(kind, other, Ana));
    }

    [Theory]
    [InlineData(PseudonymKind.Phone, "987654321", "+51 987654321")]
    [InlineData(PseudonymKind.TaxId, "A&B010101AB1", "AB010101AB1")]
    [InlineData(PseudonymKind.TaxId, "ÑAF010101AB1", "NAF010101AB1")]
    [InlineData(PseudonymKind.Client, "Andina Mining", "Andina Minerals")]
    public void Pseudonym_DifferentValues_Differ(PseudonymKind kind, string one, string other)
    {
        Assert.NotEqual(Pseudonyms.Of(kind, one, Ana), Pseudonyms.Of(kind, other, Ana));
    }

    [Fact]
    public void Pseudonym_SameTextAsTwoKinds_Differs()
    {
        Assert.NotEqual(
            Pseudonyms.Of(PseudonymKind.ContactPerson, "ana perez", Ana),
            Pseudonyms.Of(PseudonymKind.Address, "ana perez", Ana));
    }

    [Theory]
    [InlineData(PseudonymKind.Client, null)]
    [InlineData(PseudonymKind.Email, "")]
    [InlineData(PseudonymKind.Address, "   ")]
    [InlineData(PseudonymKind.Phone, "n/a")]
    [InlineData(PseudonymKind.TaxId, "--")]
    [InlineData(PseudonymKind.ContactPerson, "...")]
    public void Pseudonym_BlankOrNothingLeftAfterFolding_IsNull(PseudonymKind kind, string? value)
    {
        Assert.Null(Pseudonyms.Of(kind, value, Ana));
    }

    [Fact]
    public void Pseudonym_Always_Is20LowerCaseCrockfordCharacters()
    {
        var pseudonym = Pseudonyms.Of(PseudonymKind.Email, "ana@example.com", Ana)!;

        Assert.Equal(Pseudonyms.Length, pseudonym.Length);
        Assert.All(pseudonym, c => Assert.Contains(c, "0123456789abcdefghjkmnpqrstvwxyz"));
    }

    [Fact]
    public void Pseudonym_IsTheFirst100BitsOfHmacOverKindAndNormalisedValue()
    {
        // Computed independently of the production code's bit twiddling, with a big integer.
        var mac = HMACSHA256.HashData(Ana.PseudonymKey, [(byte)PseudonymKind.Client, .. Encoding.UTF8.GetBytes("acme")]);
        var first100 = new BigInteger(mac.AsSpan(0, 13), isUnsigned: true, isBigEndian: true) >> 4;
        var expected = new StringBuilder();
        for (var i = 19; i >= 0; i--)
            expected.Append("0123456789abcdefghjkmnpqrstvwxyz"[(int)((first100 >> (i * 5)) & 31)]);

        Assert.Equal(expected.ToString(), Pseudonyms.Of(PseudonymKind.Client, "ACME S.A.C.", Ana));
    }

    [Theory]
    [InlineData(PseudonymKind.ContactPerson, "  María-José  O'Brien ")]
    [InlineData(PseudonymKind.ContactPerson, "Ana  Pérez, Jr.")]
    [InlineData(PseudonymKind.Address, "Av. Larco 1234, Of. 5")]
    [InlineData(PseudonymKind.Email, "  Ana.Perez@Example.COM ")]
    [InlineData(PseudonymKind.Phone, "+51 (1) 987-654-321")]
    [InlineData(PseudonymKind.Phone, "９８７ ٦٥٤")]
    [InlineData(PseudonymKind.TaxId, "20-12345678-9")]
    [InlineData(PseudonymKind.TaxId, "ñ&a010101ab1")]
    public void Pseudonym_PlainOrAccentedValue_IsTheHmacOfTheNormalisedText(PseudonymKind kind, string value)
    {
        // Plain values are folded on the stack, the rest as strings: both must hash what Normalise says.
        var mac = HMACSHA256.HashData(Ana.PseudonymKey, [(byte)kind, .. Encoding.UTF8.GetBytes(PseudonymInput.Normalise(kind, value))]);
        var first100 = new BigInteger(mac.AsSpan(0, 13), isUnsigned: true, isBigEndian: true) >> 4;
        var expected = new StringBuilder();
        for (var i = 19; i >= 0; i--)
            expected.Append("0123456789abcdefghjkmnpqrstvwxyz"[(int)((first100 >> (i * 5)) & 31)]);

        Assert.Equal(expected.ToString(), Pseudonyms.Of(kind, value, Ana));
    }

    [Fact]
    public void Pseudonym_LongValue_IsStillComputed()
    {
        var address = string.Concat(Enumerable.Repeat("Calle Ñandú 12, ", 200));

        Assert.Equal(Pseudonyms.Of(PseudonymKind.Address, address, Ana), Pseudonyms.Of(PseudonymKind.Address, address.ToUpperInvariant(), Ana));
    }

    [Fact]
    public void Pseudonym_ManyThreadsAtOnce_SameAsOneThread()
    {
        // Each thread has its own keyed HMAC inside the secret; none may see another's half-hashed input.
        var expected = Enumerable.Range(0, 2000).Select(i => Pseudonyms.Of(PseudonymKind.Email, $"c{i}@andina.pe", Ana)).ToArray();

        var actual = new string?[expected.Length];
        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = Pseudonyms.Of(PseudonymKind.Email, $"c{i}@andina.pe", Ana));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Pseudonym_DisposedSecret_Throws()
    {
        var secret = CandidateSecret.New();
        Pseudonyms.Of(PseudonymKind.Client, "Acme", secret);
        secret.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Pseudonyms.Of(PseudonymKind.Client, "Acme", secret));
    }
}

using System.Security.Cryptography;
using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

/// <summary>A client's names sealed for its label: readable only with the candidate's key, for that candidate and label.</summary>
public class ClientNameCipherTests
{
    private const string Candidate = "7d1c0a8e-5b7f-4d1e-9a51-2f4c1b3e9d10";
    private const string Pseudonym = "0123456789abcdefghjk";

    private static byte[] Payload(string name, string? contact)
    {
        using var names = new ClientNames();
        names.Add(new ImportedClient { NormalisedKey = name.ToUpperInvariant(), ClientName = name, ContactPerson = contact });
        return names.Payload(0).ToArray();
    }

    [Fact]
    public void Seal_ThenOpen_ForTheSameCandidateAndLabel_GivesTheNameAndContactBack()
    {
        using var secret = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);

        var sealedNames = cipher.Seal(Payload("  Minimarket Rosita E.I.R.L. ", "Rosa Pérez Ñahui"), Candidate, Pseudonym);

        Assert.Equal(new ClientIdentity("Minimarket Rosita E.I.R.L.", "Rosa Pérez Ñahui"), cipher.Open(sealedNames, Candidate, Pseudonym));
        Assert.Equal(-1, sealedNames.AsSpan().IndexOf("Rosita"u8));
    }

    [Fact]
    public void Open_AClientWithoutContact_HasNoContact()
    {
        using var secret = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);

        Assert.Equal(new ClientIdentity("Ferretería Chávez", null), cipher.Open(cipher.Seal(Payload("Ferretería Chávez", "  "), Candidate, Pseudonym), Candidate, Pseudonym));
    }

    [Fact]
    public void Seal_TheSameNameTwice_GivesDifferentCiphertexts()
    {
        using var secret = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);
        var payload = Payload("Andina", null);

        Assert.NotEqual(cipher.Seal(payload, Candidate, Pseudonym), cipher.Seal(payload, Candidate, Pseudonym));
    }

    [Theory]
    [InlineData("another-candidate", Pseudonym)]
    [InlineData(Candidate, "zyxwvtsrqpnmkjhgfedc")]
    public void Open_ForAnotherCandidateOrLabel_Fails(string candidate, string pseudonym)
    {
        using var secret = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);
        var sealedNames = cipher.Seal(Payload("Andina", "Luis"), Candidate, Pseudonym);

        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(sealedNames, candidate, pseudonym));
    }

    [Fact]
    public void Open_WithAnotherCandidatesKey_Fails()
    {
        using var secret = CandidateSecret.New();
        using var other = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);
        using var otherCipher = new ClientNameCipher(other.DataKey);
        var sealedNames = cipher.Seal(Payload("Andina", "Luis"), Candidate, Pseudonym);

        Assert.ThrowsAny<CryptographicException>(() => otherCipher.Open(sealedNames, Candidate, Pseudonym));
    }

    [Fact]
    public void Open_AfterAnyByteChangedOrTheEndCut_Fails()
    {
        using var secret = CandidateSecret.New();
        using var cipher = new ClientNameCipher(secret.DataKey);
        var sealedNames = cipher.Seal(Payload("Andina", "Luis"), Candidate, Pseudonym);

        for (var i = 0; i < sealedNames.Length; i++)
        {
            var tampered = (byte[])sealedNames.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => cipher.Open(tampered, Candidate, Pseudonym));
        }
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(sealedNames.AsSpan(0, sealedNames.Length - 1), Candidate, Pseudonym));
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open(sealedNames.AsSpan(0, 20), Candidate, Pseudonym));
    }

    [Fact]
    public void Names_KeepTheReadingOrder_AndCutAHostileCell()
    {
        using var names = new ClientNames();
        names.Add(new ImportedClient { NormalisedKey = "A", ClientName = "Primera", ContactPerson = "Ana" });
        names.Add(new ImportedClient { NormalisedKey = "B", ClientName = new string('x', 5000) });

        Assert.Equal(2, names.Count);
        Assert.Equal(new ClientIdentity("Primera", "Ana"), ClientNames.Read(names.Payload(0)));
        Assert.Equal(ClientNames.MaxLength, ClientNames.Read(names.Payload(1)).Name.Length);
    }

    [Fact]
    public void Names_OfMoreClientsThanOneSegmentHolds_EachReadsBackWhole()
    {
        using var names = new ClientNames();
        for (var i = 0; i < 40_000; i++)
            names.Add(new ImportedClient { NormalisedKey = $"K{i}", ClientName = $"Distribuidora Ñandú número {i} S.A.C.", ContactPerson = i % 3 == 0 ? null : $"Contacto {i}" });

        Assert.Equal(40_000, names.Count);
        Assert.All(Enumerable.Range(0, 40_000).Where(i => i % 997 == 0 || i > 39_990), i => Assert.Equal(
            new ClientIdentity($"Distribuidora Ñandú número {i} S.A.C.", i % 3 == 0 ? null : $"Contacto {i}"), ClientNames.Read(names.Payload(i))));
    }
}

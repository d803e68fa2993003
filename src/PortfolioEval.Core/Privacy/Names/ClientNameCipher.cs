using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Privacy;

/// <summary>
/// Encrypts one client's names (<see cref="ClientNames"/>) for its label, with AES-256-GCM under the candidate's data
/// key (<see cref="CandidateSecret.DataKey"/>), so only the candidate can read them and erasing their key erases them.
/// </summary>
/// <remarks>
/// <para>Format: nonce (12, random) | ciphertext | tag (16).</para>
/// <para>Associated data: <c>portfolioeval/client-name/v1/{candidate id}/{client pseudonym}</c>. A label is one
/// pseudonym of one candidate, so a ciphertext moved to another label, or to another candidate's, fails its tag: it can
/// never show one client's name beside another client's number. Neither part can hold a '/', so no two pairs give the
/// same bytes.</para>
/// <para>Nonces: 96 random bits; the chance of a repeat stays under 2⁻³² up to 2³² names under one key, far beyond any candidate's books.</para>
/// </remarks>
public sealed class ClientNameCipher : IDisposable
{
    public const int NonceLength = 12;
    public const int TagLength = 16;

    private readonly AesGcm aes;

    /// <param name="dataKey">The candidate's <see cref="CandidateSecret.DataKey"/>.</param>
    public ClientNameCipher(ReadOnlySpan<byte> dataKey)
    {
        ChunkSealer.CheckKey(dataKey);
        aes = new AesGcm(dataKey, TagLength);
    }

    public byte[] Seal(ReadOnlySpan<byte> payload, string candidateId, string clientPseudonym)
    {
        var output = new byte[NonceLength + payload.Length + TagLength];
        var nonce = output.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, payload, output.AsSpan(NonceLength, payload.Length), output.AsSpan(NonceLength + payload.Length), AssociatedData(candidateId, clientPseudonym));
        return output;
    }

    /// <exception cref="CryptographicException">Another candidate's or label's ciphertext, a changed byte, or the wrong key.</exception>
    public ClientIdentity Open(ReadOnlySpan<byte> sealedNames, string candidateId, string clientPseudonym)
    {
        if (sealedNames.Length < NonceLength + TagLength)
            throw new CryptographicException("A client's encrypted names are cut short.");
        var length = sealedNames.Length - NonceLength - TagLength;
        var plaintext = new byte[length];
        try
        {
            aes.Decrypt(sealedNames[..NonceLength], sealedNames.Slice(NonceLength, length), sealedNames[(NonceLength + length)..], plaintext,
                AssociatedData(candidateId, clientPseudonym));
            return ClientNames.Read(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public void Dispose() => aes.Dispose();

    private static byte[] AssociatedData(string candidateId, string clientPseudonym)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientPseudonym);
        return Encoding.UTF8.GetBytes($"portfolioeval/client-name/v1/{candidateId}/{clientPseudonym}");
    }
}

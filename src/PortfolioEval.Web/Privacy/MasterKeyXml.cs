using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// The at-rest form of a DataProtection key under the master key, shared by the encryptor and the decryptor:
/// <code>
/// &lt;encryptedKey version="1" masterKeyId="…"&gt;&lt;value&gt;base64(nonce 12 | ciphertext | tag 16)&lt;/value&gt;&lt;/encryptedKey&gt;
/// </code>
/// AES-256-GCM over the key's XML in UTF-8, with a fixed label as associated data. DataProtection wraps this element
/// in its own <c>encryptedSecret</c> element carrying <c>decryptorType</c>.
/// </summary>
internal static class MasterKeyXml
{
    public const string ElementName = "encryptedKey";
    public const string Version = "1";
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("PortfolioEval/DataProtection/key-ring/v1");

    public static XElement Seal(XElement plaintextElement, DataProtectionMasterKey masterKey)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceLength + plaintext.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(masterKey.Bytes, TagLength))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceLength, plaintext.Length),
                sealedBytes.AsSpan(NonceLength + plaintext.Length), AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        return new XElement(ElementName,
            new XAttribute("version", Version),
            new XAttribute("masterKeyId", masterKey.Id),
            new XComment(" Encrypted with AES-256-GCM under the DataProtection master key (DataProtection:MasterKey). "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
    }

    public static XElement Open(XElement encryptedElement, DataProtectionMasterKey masterKey)
    {
        if (encryptedElement.Name != ElementName || (string?)encryptedElement.Attribute("version") != Version)
            throw new CryptographicException("This key ring entry is not in a master-key format this version can read.");
        var keyId = (string?)encryptedElement.Attribute("masterKeyId");
        if (!string.Equals(keyId, masterKey.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"This key ring entry was encrypted under master key {keyId}, but the configured master key is " +
                $"{masterKey.Id}. Configure the master key it was written with (DataProtection:MasterKey).");
        }

        var sealedBytes = ReadValue(encryptedElement);
        var length = sealedBytes.Length - NonceLength - TagLength;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(masterKey.Bytes, TagLength);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength, length),
                sealedBytes.AsSpan(NonceLength + length), plaintext, AssociatedData);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException("This key ring entry failed authentication: it was altered on disk.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] ReadValue(XElement encryptedElement)
    {
        try
        {
            var value = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
            return value.Length >= NonceLength + TagLength
                ? value
                : throw new CryptographicException("This key ring entry is cut short.");
        }
        catch (FormatException e)
        {
            throw new CryptographicException("This key ring entry is not valid base64.", e);
        }
    }
}

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// Decrypts what <see cref="MasterKeyXmlEncryptor"/> wrote. A wrong master key or an altered file throws
/// <see cref="System.Security.Cryptography.CryptographicException"/>; it never yields a different key.
/// </summary>
public sealed class MasterKeyXmlDecryptor : IXmlDecryptor
{
    private readonly DataProtectionMasterKey masterKey;

    /// <summary>The constructor DataProtection calls: it names this type in the key file and activates it.</summary>
    public MasterKeyXmlDecryptor(IServiceProvider services) =>
        masterKey = services.GetRequiredService<DataProtectionMasterKey>();

    public MasterKeyXmlDecryptor(DataProtectionMasterKey masterKey) => this.masterKey = masterKey;

    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        return MasterKeyXml.Open(encryptedElement, masterKey);
    }
}

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// Encrypts each DataProtection key before it is written to the key ring, so the key files on disk hold no usable
/// key: whoever copies the data folder without the master key cannot unwrap candidate secrets or forge cookies.
/// </summary>
public sealed class MasterKeyXmlEncryptor(DataProtectionMasterKey masterKey) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        return new EncryptedXmlInfo(MasterKeyXml.Seal(plaintextElement, masterKey), typeof(MasterKeyXmlDecryptor));
    }
}

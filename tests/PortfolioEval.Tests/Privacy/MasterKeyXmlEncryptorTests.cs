using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Tests.Privacy;

public sealed class MasterKeyXmlEncryptorTests : IDisposable
{
    // DataProtection writes its own elements in this namespace; ours inside it have none.
    private static readonly XNamespace DataProtectionXml = "http://schemas.asp.net/2015/03/dataProtection";

    private readonly DirectoryInfo keys = Directory.CreateTempSubdirectory("portfolioeval-keys-");
    private readonly DataProtectionMasterKey masterKey = DataProtectionMasterKey.New();

    public void Dispose() => keys.Delete(recursive: true);

    [Fact]
    public void Protect_ThenRestartWithTheSameMasterKey_Unprotects()
    {
        string protectedText;
        using (var first = Services(masterKey))
            protectedText = Protector(first).Protect("candidate secret");

        using var restarted = Services(masterKey);

        Assert.Equal("candidate secret", Protector(restarted).Unprotect(protectedText));
    }

    [Fact]
    public void KeyFiles_HoldOnlyTheEncryptedForm()
    {
        using var services = Services(masterKey);
        Protector(services).Protect("anything");

        var file = Assert.Single(keys.GetFiles("key-*.xml"));
        var xml = XDocument.Load(file.FullName);
        var encrypted = Assert.Single(xml.Descendants(DataProtectionXml + "encryptedSecret"));
        var decrypted = new MasterKeyXmlDecryptor(masterKey).Decrypt(encrypted.Elements().Single());
        var secretValue = decrypted.DescendantsAndSelf("masterKey").Single().Element("value")!.Value;
        var text = File.ReadAllText(file.FullName);

        Assert.Empty(xml.Descendants("masterKey"));
        Assert.DoesNotContain(secretValue, text, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(typeof(MasterKeyXmlDecryptor).FullName!, (string?)encrypted.Attribute("decryptorType"), StringComparison.Ordinal);
        Assert.Equal(masterKey.Id, (string?)encrypted.Element("encryptedKey")!.Attribute("masterKeyId"));
    }

    [Fact]
    public void Unprotect_AfterRestartWithAnotherMasterKey_Throws()
    {
        string protectedText;
        using (var first = Services(masterKey))
            protectedText = Protector(first).Protect("candidate secret");

        using var wrong = Services(DataProtectionMasterKey.New());

        Assert.ThrowsAny<CryptographicException>(() => Protector(wrong).Unprotect(protectedText));
    }

    [Fact]
    public void EnsureKeyRingReadable_AfterRestartWithAnotherMasterKey_ThrowsBeforeAnyKeyIsAdded()
    {
        using (var first = Services(masterKey))
            Protector(first).Protect("candidate secret");

        using var wrong = Services(DataProtectionMasterKey.New());

        Assert.ThrowsAny<CryptographicException>(() => MasterKeyCheck.EnsureKeyRingReadable(wrong));
        Assert.Single(keys.GetFiles("key-*.xml"));
    }

    [Fact]
    public void EnsureKeyRingReadable_WithTheRightMasterKey_Passes()
    {
        using (var first = Services(masterKey))
            Protector(first).Protect("candidate secret");

        using var restarted = Services(masterKey);

        MasterKeyCheck.EnsureKeyRingReadable(restarted);
    }

    [Fact]
    public void Decrypt_WithAnotherMasterKey_ThrowsNamingBothKeyIds()
    {
        var sealedElement = new MasterKeyXmlEncryptor(masterKey).Encrypt(new XElement("descriptor", "k")).EncryptedElement;
        var other = DataProtectionMasterKey.New();

        var error = Assert.ThrowsAny<CryptographicException>(() => new MasterKeyXmlDecryptor(other).Decrypt(sealedElement));

        Assert.Contains(masterKey.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(other.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_ValueAlteredOnDisk_Throws()
    {
        var sealedElement = new MasterKeyXmlEncryptor(masterKey).Encrypt(new XElement("descriptor", "k")).EncryptedElement;
        var value = Convert.FromBase64String(sealedElement.Element("value")!.Value);
        value[^1] ^= 1;
        sealedElement.Element("value")!.Value = Convert.ToBase64String(value);

        Assert.ThrowsAny<CryptographicException>(() => new MasterKeyXmlDecryptor(masterKey).Decrypt(sealedElement));
    }

    [Fact]
    public void Encrypt_ThenDecrypt_GivesBackTheElement()
    {
        var element = new XElement("descriptor", new XAttribute("a", "1"), new XElement("masterKey", new XElement("value", "c2VjcmV0")));

        var info = new MasterKeyXmlEncryptor(masterKey).Encrypt(element);
        var decrypted = new MasterKeyXmlDecryptor(masterKey).Decrypt(info.EncryptedElement);

        Assert.Equal(typeof(MasterKeyXmlDecryptor), info.DecryptorType);
        Assert.True(XNode.DeepEquals(element, decrypted));
        Assert.DoesNotContain("c2VjcmV0", info.EncryptedElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MasterKey_FromBase64_ReadsOnly32Bytes()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);

        Assert.Equal(new DataProtectionMasterKey(bytes), DataProtectionMasterKey.FromBase64($" {Convert.ToBase64String(bytes)}\n"));
        Assert.Throws<FormatException>(() => DataProtectionMasterKey.FromBase64(Convert.ToBase64String(new byte[16])));
        Assert.Throws<FormatException>(() => DataProtectionMasterKey.FromBase64("not base64!"));
    }

    [Fact]
    public void MasterKey_ToString_ShowsOnlyTheId()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        var key = new DataProtectionMasterKey(bytes);

        Assert.Equal($"DataProtectionMasterKey {{ Id = {key.Id} }}", key.ToString());
        Assert.DoesNotContain(Convert.ToBase64String(bytes), key.ToString(), StringComparison.Ordinal);
    }

    private ServiceProvider Services(DataProtectionMasterKey key)
    {
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName("PortfolioEval.Tests")
            .PersistKeysToFileSystem(keys)
            .ProtectKeysWithMasterKey(key);
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PortfolioEval.Tests.MasterKey");
}

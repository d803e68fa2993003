using Microsoft.AspNetCore.DataProtection;

namespace PortfolioEval.Web.Privacy;

public static class MasterKeyDataProtectionExtensions
{
    /// <summary>
    /// Encrypts the key ring at rest under <paramref name="masterKey"/> and registers the key for the decryptor.
    /// Keys written before this was configured stay readable (they are unencrypted); new ones are encrypted.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithMasterKey(this IDataProtectionBuilder builder, DataProtectionMasterKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(masterKey);
        builder.Services.AddSingleton(masterKey);
        return builder.AddKeyManagementOptions(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(masterKey));
    }
}

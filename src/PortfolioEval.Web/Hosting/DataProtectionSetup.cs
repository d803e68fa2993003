using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using PortfolioEval.Web.Privacy;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Hosting;

/// <summary>Settings under <c>DataProtection</c>.</summary>
public sealed class DataProtectionSettings
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Base64 of 32 random bytes that encrypt the key ring at rest. Supply it through an environment variable
    /// (<c>DataProtection__MasterKey</c>) or a secret store, and back it up apart from the data folder: without it
    /// no cookie, token or candidate secret can be read. Empty: a key file is generated in the data folder on first
    /// run, which suits development only.
    /// </summary>
    public string? MasterKey { get; set; }

    /// <summary>
    /// Folder of the key ring on SQLite; empty means <c>keys/</c> in the data folder. Unused on PostgreSQL, where the
    /// key ring is in the database.
    /// </summary>
    public string? KeysDirectory { get; set; }

    /// <summary>How long a key is used for new data before a new one is created. Older keys still decrypt.</summary>
    [Range(7, 3650)]
    public int KeyLifetimeDays { get; set; } = 90;
}

public static class DataProtectionSetup
{
    /// <summary>
    /// Cookies, tokens and the wrapped candidate secrets depend on these keys, so they must survive a restart and be
    /// shared by every node, encrypted under a master key. On SQLite (one node) they are files in the data folder; on
    /// PostgreSQL they are rows of the database every node already shares (ADR-002), so a second node needs no shared
    /// folder, only the same master key.
    /// </summary>
    public static IServiceCollection AddPortfolioDataProtection(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var settings = configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new();
        Validator.ValidateObject(settings, new ValidationContext(settings), validateAllProperties: true);

        var builder = services.AddDataProtection().SetApplicationName("PortfolioEval");
        if (DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.Postgres)
        {
            builder.PersistKeysToDbContext<Data.PortfolioDbContext>();
        }
        else
        {
            // A configured folder (shared by the nodes) keeps the modes its operator gave it; the default one is private.
            var keysDirectory = string.IsNullOrWhiteSpace(settings.KeysDirectory)
                ? PrivateFiles.CreateFolder(Path.Combine(dataPath, "keys"))
                : settings.KeysDirectory;
            builder.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        }
        builder.ProtectKeysWithMasterKey(MasterKey(settings, dataPath))
            .SetDefaultKeyLifetime(TimeSpan.FromDays(settings.KeyLifetimeDays));
        return services;
    }

    private static DataProtectionMasterKey MasterKey(DataProtectionSettings settings, string dataPath)
    {
        if (!string.IsNullOrWhiteSpace(settings.MasterKey))
            return DataProtectionMasterKey.FromBase64(settings.MasterKey);

        // Development: a key file beside the data, readable by this user only, never in the repository.
        var file = Path.Combine(dataPath, "secrets", "dataprotection-master.key");
        if (File.Exists(file))
            return DataProtectionMasterKey.FromBase64(File.ReadAllText(file));
        var key = DataProtectionMasterKey.New();
        PrivateFiles.CreateFolder(Path.GetDirectoryName(file)!);
        using (var writer = new StreamWriter(PrivateFiles.Create(file)))
            writer.Write(Convert.ToBase64String(key.Bytes));
        return key;
    }
}

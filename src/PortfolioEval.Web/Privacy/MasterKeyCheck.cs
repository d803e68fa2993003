using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace PortfolioEval.Web.Privacy;

/// <summary>Start-up check that the configured master key opens the whole key ring.</summary>
public static class MasterKeyCheck
{
    /// <summary>
    /// Decrypts every key of the ring and throws <see cref="System.Security.Cryptography.CryptographicException"/> on
    /// the first that fails. Call it at start-up, before anything is protected: with a wrong master key DataProtection
    /// only logs the failure, creates a new key under the wrong master key and carries on, so every cookie and wrapped
    /// candidate secret fails one at a time, and whatever is written meanwhile is lost once the right key is back.
    /// </summary>
    public static void EnsureKeyRingReadable(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var key in services.GetRequiredService<IKeyManager>().GetAllKeys())
        {
            // The descriptor is decrypted lazily, on first use; reading it forces the decryption now.
            _ = key.Descriptor;
        }
    }

    /// <summary>Protects a byte, which creates the key ring's first key when there is none yet.</summary>
    public static void EnsureKeyRingHasAKey(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PortfolioEval.Startup").Protect([0]);
    }
}

using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Accounts;

[Collection(ProductionHashing.Name)]
public class PasswordTests(ProductionHashingPortal app)
{
    [Fact]
    public void Hash_UsesAtLeast210000Pbkdf2Iterations()
    {
        var hasher = app.Services.GetRequiredService<IPasswordHasher<ApplicationUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(null!, "Any-password-1"));

        // Identity V3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public async Task GeneratedPasswords_PassThePortalsPasswordPolicy()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        for (var i = 0; i < 200; i++)
        {
            var password = PasswordGenerator.New();
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, null!, password)).Succeeded, password);
        }
    }

    [Fact]
    public void GeneratedPasswords_DoNotRepeat()
    {
        var passwords = Enumerable.Range(0, 1000).Select(_ => PasswordGenerator.New()).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, passwords.Count);
    }
}

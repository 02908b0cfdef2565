using SecureChat.Core.Tests.Vectors;
using SecureChat.Crypto;

namespace SecureChat.Core.Tests.Crypto;

public sealed class EphemeralKeyPairTests
{
    [Fact]
    public void Import_Rfc7748AliceKey_DerivesPublishedPublicKey()
    {
        // RFC 7748 §6.1: Alice's X25519 private key and public key (the same Alice as the NaCl box vector).
        using var alice = EphemeralKeyPair.Import(TestVectors.NaclBox.AliceSecretKey);

        Assert.Equal(Convert.FromHexString("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"), alice.PublicKey.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void Import_WrongLength_ThrowsArgumentException(int length)
    {
        Assert.Throws<ArgumentException>(() => EphemeralKeyPair.Import(new byte[length]));
    }

    [Fact]
    public void Generate_Twice_DifferentKeys()
    {
        using var first = EphemeralKeyPair.Generate();
        using var second = EphemeralKeyPair.Generate();

        Assert.Equal(EphemeralKeyPair.PublicKeySize, first.PublicKey.Length);
        Assert.NotEqual(first.PublicKey.ToArray(), second.PublicKey.ToArray());
    }

    [Fact]
    public void UsePrivateKey_ImportedKey_LendsTheSameBytes()
    {
        var secret = TestVectors.NaclBox.AliceSecretKey.ToArray();
        using var keys = EphemeralKeyPair.Import(secret);

        var lent = keys.UsePrivateKey(0, static (privateKey, _) => privateKey.ToArray());

        Assert.Equal(secret, lent);
    }

    [Fact]
    public void ToString_ShowsNoKeyBytes()
    {
        var secret = TestVectors.NaclBox.AliceSecretKey.ToArray();
        using var keys = EphemeralKeyPair.Import(secret);
        var text = keys.ToString();

        foreach (var bytes in new[] { secret, keys.PublicKey.ToArray() })
        {
            Assert.DoesNotContain(Convert.ToHexString(bytes), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToHexString(bytes)[..8], text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(bytes)[..8], text, StringComparison.Ordinal);
        }

        Assert.Equal("X25519 key pair (private key hidden)", text);
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposedException()
    {
        var keys = EphemeralKeyPair.Generate();

        keys.Dispose();

        Assert.True(keys.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => keys.PublicKey.Length);
        Assert.Throws<ObjectDisposedException>(() => keys.UsePrivateKey(0, static (privateKey, _) => privateKey.Length));
    }

    [Fact]
    public void Dispose_Twice_NoThrow()
    {
        var keys = EphemeralKeyPair.Generate();
        keys.Dispose();

        keys.Dispose();

        Assert.True(keys.IsDisposed);
    }
}

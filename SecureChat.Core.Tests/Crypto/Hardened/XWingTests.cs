using System.Text.Json;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

// Vectors: dconnolly/draft-connolly-cfrg-xwing-kem (draft-10) spec/test-vectors.json, all three entries
// (the draft's "Test vectors" appendix).
public sealed class XWingTests
{
    public static TheoryData<int> Indexes => [0, 1, 2];

    private static JsonElement Vector(int index) => VectorFile.Load("xwing-test-vectors.json")[index];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void KeyGeneration_Seed_MatchesPublicKey(int index)
    {
        var v = Vector(index);
        using var keys = XWingKeyPair.FromSeed(v.Hex("seed"));
        Assert.Equal(v.Hex("pk"), keys.PublicKey.ToArray());
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Decapsulate_VectorCiphertext_MatchesSharedSecret(int index)
    {
        var v = Vector(index);
        using var keys = XWingKeyPair.FromSeed(v.Hex("seed"));
        var ss = new byte[XWingKem.SharedSecretSize];
        Assert.True(keys.TryDecapsulate(ss, v.Hex("ct")));
        Assert.Equal(v.Hex("ss"), ss);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void EncapsulateDeterministic_Eseed_MatchesCiphertextAndSecret(int index)
    {
        var v = Vector(index);
        var ss = new byte[XWingKem.SharedSecretSize];
        var ct = new byte[XWingKem.CiphertextSize];
        Assert.True(XWingKem.TryEncapsulateDeterministic(ss, ct, v.Hex("pk"), v.Hex("eseed")));
        Assert.Equal(v.Hex("ct"), ct);
        Assert.Equal(v.Hex("ss"), ss);
    }

    [Fact]
    public void Encapsulate_RandomRoundTrip_SameSecret()
    {
        using var keys = XWingKeyPair.Generate();
        var sent = new byte[XWingKem.SharedSecretSize];
        var received = new byte[XWingKem.SharedSecretSize];
        var ct = new byte[XWingKem.CiphertextSize];
        Assert.True(XWingKem.TryEncapsulate(sent, ct, keys.PublicKey));
        Assert.True(keys.TryDecapsulate(received, ct));
        Assert.Equal(sent, received);
    }

    [Fact]
    public void Decapsulate_TamperedCiphertext_ImplicitlyRejects()
    {
        var v = Vector(0);
        using var keys = XWingKeyPair.FromSeed(v.Hex("seed"));
        var ct = v.Hex("ct");
        var ss = new byte[XWingKem.SharedSecretSize];
        for (var i = 0; i < ct.Length; i += 97)
        {
            ct[i] ^= 1;
            _ = keys.TryDecapsulate(ss, ct);
            Assert.NotEqual(v.Hex("ss"), ss);
            ct[i] ^= 1;
        }
    }

    [Fact]
    public void Decapsulate_WrongLength_Fails()
    {
        using var keys = XWingKeyPair.Generate();
        Assert.False(keys.TryDecapsulate(new byte[XWingKem.SharedSecretSize], new byte[XWingKem.CiphertextSize - 1]));
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var keys = XWingKeyPair.Generate();
        keys.Dispose();
        keys.Dispose();
        Assert.Throws<ObjectDisposedException>(() => keys.PublicKey.Length);
        Assert.Throws<ObjectDisposedException>(() => keys.TryDecapsulate(new byte[32], new byte[XWingKem.CiphertextSize]));
        Assert.Equal("XWingKeyPair(private key hidden)", keys.ToString());
    }
}

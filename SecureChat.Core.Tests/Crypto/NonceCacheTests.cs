using SecureChat.Crypto;

namespace SecureChat.Core.Tests.Crypto;

public sealed class NonceCacheTests
{
    [Fact]
    public void TryAdd_SameNonceTwice_SecondFalse()
    {
        var cache = new NonceCache();
        var nonce = Enumerable.Range(1, 24).Select(static i => (byte)i).ToArray();

        Assert.True(cache.TryAdd(nonce));
        Assert.False(cache.TryAdd(nonce.ToArray()));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void TryAdd_NoncesDifferingInAnyOneByte_AllAccepted()
    {
        var cache = new NonceCache();
        var nonce = new byte[24];
        Assert.True(cache.TryAdd(nonce));

        for (var i = 0; i < nonce.Length; i++)
        {
            var other = new byte[24];
            other[i] = 1;
            Assert.True(cache.TryAdd(other), $"byte {i}");
        }

        Assert.Equal(25, cache.Count);
    }

    [Fact]
    public void Clear_ThenSameNonce_AcceptedAgain()
    {
        var cache = new NonceCache();
        var nonce = new byte[24];
        cache.TryAdd(nonce);

        cache.Clear();

        Assert.Equal(0, cache.Count);
        Assert.True(cache.TryAdd(nonce));
    }
}

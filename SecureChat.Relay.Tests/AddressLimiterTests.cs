using System.Net;

namespace SecureChat.Relay.Tests;

public sealed class AddressLimiterTests
{
    [Fact]
    public void TryAcquire_UpToTheCapPerAddress_ThenRefusedUntilReleased()
    {
        var limiter = new AddressLimiter(2);
        var address = IPAddress.Parse("192.0.2.7");

        Assert.True(limiter.TryAcquire(address));
        Assert.True(limiter.TryAcquire(address));
        Assert.False(limiter.TryAcquire(address));
        Assert.True(limiter.TryAcquire(IPAddress.Parse("192.0.2.8")));
        limiter.Release(address);
        Assert.True(limiter.TryAcquire(address));
    }

    [Fact]
    public void TryAcquire_IPv6SameSlash64_CountedTogether()
    {
        var limiter = new AddressLimiter(1);

        Assert.True(limiter.TryAcquire(IPAddress.Parse("2001:db8:1:2::1")));
        Assert.False(limiter.TryAcquire(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.True(limiter.TryAcquire(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void TryAcquire_IPv4MappedToIPv6_CountedAsIPv4()
    {
        var limiter = new AddressLimiter(1);

        Assert.True(limiter.TryAcquire(IPAddress.Parse("192.0.2.7")));
        Assert.False(limiter.TryAcquire(IPAddress.Parse("::ffff:192.0.2.7")));
    }
}

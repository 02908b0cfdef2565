using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class FrameRateLimiterTests
{
    [Fact]
    public void TryTake_BucketEmpty_RefilledOnlyWhenTheInjectedClockTicks()
    {
        var clock = new TestClock();

        // The limiter measures how much to add by real elapsed time; at this rate any elapsed time at all refills the
        // bucket, so what the test observes is only *whether* a refill happened, which the injected clock decides.
        using var limiter = new FrameRateLimiter(new RelayOptions { FrameBurst = 2, FramesPerSecond = int.MaxValue },
            clock);

        Assert.True(limiter.TryTake());
        Assert.True(limiter.TryTake());
        Assert.False(limiter.TryTake());
        Assert.False(limiter.TryTake());

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(limiter.TryTake());
        Assert.True(limiter.TryTake());
        Assert.False(limiter.TryTake());
    }
}

using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class FrameRateLimiterTests
{
    [Fact]
    public void TryTake_BucketEmpty_RefilledOnlyWhenTheInjectedClockTicks()
    {
        var clock = new TestClock();

        // Refills come only from the injected clock: however long the test really takes, none arrives before Advance.
        var limiter = new FrameRateLimiter(new RelayOptions { FrameBurst = 2, FramesPerSecond = int.MaxValue },
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

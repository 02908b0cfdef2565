using System.Threading.RateLimiting;

namespace SecureChat.Relay;

/// <summary>
/// One connection's token bucket for inbound frames: <see cref="RelayOptions.FrameBurst"/> tokens, refilled at
/// <see cref="RelayOptions.FramesPerSecond"/>. The refill is triggered once a second by a timer from the injected
/// <see cref="TimeProvider"/> rather than by the limiter's own timer, so with a fake clock no token comes back until
/// the test moves time, and a test that empties the bucket trips the limit deterministically. (How much a refill adds
/// the limiter measures itself, by real elapsed time: it takes no clock.)
/// </summary>
internal sealed class FrameRateLimiter : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly TokenBucketRateLimiter _bucket;
    private readonly ITimer _refill;

    public FrameRateLimiter(RelayOptions options, TimeProvider time)
    {
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.FrameBurst,
            TokensPerPeriod = options.FramesPerSecond,
            ReplenishmentPeriod = Period,
            // Refills happen only when our timer calls TryReplenish.
            AutoReplenishment = false,
            QueueLimit = 0,
        });
        _refill = time.CreateTimer(static bucket => ((TokenBucketRateLimiter)bucket!).TryReplenish(), _bucket, Period,
            Period);
    }

    /// <summary>Takes a token for one frame; false if the bucket is empty.</summary>
    public bool TryTake()
    {
        using var lease = _bucket.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _refill.Dispose();
        _bucket.Dispose();
    }
}

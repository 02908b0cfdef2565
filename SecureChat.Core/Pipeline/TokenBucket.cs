namespace SecureChat.Pipeline;

/// <summary>
/// A token bucket in whole clock ticks, so the same inputs always give the same schedule (marble tests rely
/// on it). One token is worth <c>TokenInterval</c> ticks of credit; credit is capped at the bucket capacity.
/// </summary>
internal sealed class TokenBucket
{
    private readonly long _ticksPerToken;
    private readonly long _maxCredit;
    private long _credit;
    private DateTimeOffset _lastRefill;

    public TokenBucket(RateLimitOptions options, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Capacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TokensPerSecond, nameof(options));
        _ticksPerToken = Math.Max(1, options.TokenInterval.Ticks);
        _maxCredit = _ticksPerToken * options.Capacity;
        _credit = _maxCredit;
        _lastRefill = now;
    }

    public bool TryTake(DateTimeOffset now)
    {
        Refill(now);
        if (_credit < _ticksPerToken)
        {
            return false;
        }

        _credit -= _ticksPerToken;
        return true;
    }

    /// <summary>How long until the next token is available (zero when one is).</summary>
    public TimeSpan TimeUntilNextToken(DateTimeOffset now)
    {
        Refill(now);
        return TimeSpan.FromTicks(Math.Max(0, _ticksPerToken - _credit));
    }

    private void Refill(DateTimeOffset now)
    {
        var elapsed = (now - _lastRefill).Ticks;
        if (elapsed > 0)
        {
            _credit = Math.Min(_maxCredit, _credit + elapsed);
            _lastRefill = now;
        }
    }
}

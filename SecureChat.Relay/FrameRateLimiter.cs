namespace SecureChat.Relay;

/// <summary>
/// One connection's token bucket for inbound frames: <see cref="RelayOptions.FrameBurst"/> tokens, refilled with
/// <see cref="RelayOptions.FramesPerSecond"/> tokens at every whole second since the connection opened, as read from
/// the injected <see cref="TimeProvider"/>. With a fake clock no token comes back until the test moves time, so a test
/// that empties the bucket trips the limit deterministically. The refill is worked out when a frame arrives rather
/// than by a timer: an idle connection costs no timer and no wake-up, and a frame costs no lock. Used only by its
/// connection's receive loop, one frame at a time, so it needs no synchronisation.
/// </summary>
internal sealed class FrameRateLimiter
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly long _period;
    private readonly long _burst;
    private readonly long _perPeriod;
    private long _periodsCounted;
    private long _tokens;

    public FrameRateLimiter(RelayOptions options, TimeProvider time)
    {
        _time = time;
        _start = time.GetTimestamp();
        _period = time.TimestampFrequency; // one second
        _burst = options.FrameBurst;
        _perPeriod = options.FramesPerSecond;
        _tokens = _burst;
    }

    /// <summary>Takes a token for one frame; false if the bucket is empty.</summary>
    public bool TryTake()
    {
        var periods = (_time.GetTimestamp() - _start) / _period;
        if (periods > _periodsCounted)
        {
            // Capped before multiplying, so even FramesPerSecond = int.MaxValue over a long idle spell cannot overflow.
            var refill = Math.Min(periods - _periodsCounted, _burst) * _perPeriod;
            _tokens = Math.Min(_burst, _tokens + refill);
            _periodsCounted = periods;
        }

        if (_tokens == 0)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}

namespace SecureChat;

/// <summary>The token bucket that paces outgoing messages (the specification's anti-spam <c>rate_limiter</c>).</summary>
/// <param name="Capacity">How many messages may leave at once after a quiet spell.</param>
/// <param name="TokensPerSecond">How fast the bucket refills.</param>
/// <param name="MaxQueued">How many messages may wait for a token; more are dropped with <see cref="ErrorCode.RateLimited"/>.</param>
public sealed record RateLimitOptions(int Capacity = 5, double TokensPerSecond = 2, int MaxQueued = 20)
{
    /// <summary>The interval between two tokens.</summary>
    public TimeSpan TokenInterval => TimeSpan.FromSeconds(1 / TokensPerSecond);
}

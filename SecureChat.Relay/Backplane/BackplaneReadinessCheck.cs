namespace SecureChat.Relay.Backplane;

/// <summary>Ready while the Redis backplane answers: a relay without it cannot pair peers across instances.</summary>
internal sealed class BackplaneReadinessCheck(RedisBackplane backplane) : IReadinessCheck
{
    public string Name => "backplane";

    public ValueTask<bool> IsReadyAsync(CancellationToken cancellationToken) => ValueTask.FromResult(backplane.IsUp);
}

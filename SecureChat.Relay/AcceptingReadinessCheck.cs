namespace SecureChat.Relay;

/// <summary>Ready until shutdown begins: from then on the relay takes no new connections.</summary>
internal sealed class AcceptingReadinessCheck(RelayDraining draining) : IReadinessCheck
{
    public string Name => "accepting";

    public ValueTask<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(!draining.IsDraining);
}

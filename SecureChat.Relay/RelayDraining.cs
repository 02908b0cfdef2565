namespace SecureChat.Relay;

/// <summary>
/// Whether the relay has begun to shut down. It begins at whichever comes first: the host's first stopping step
/// (<see cref="RelayDrain"/>) or <see cref="IHostApplicationLifetime.ApplicationStopping"/> (SIGTERM, or
/// StopApplication); the host runs these in an order that has changed between versions, so both count.
/// </summary>
internal sealed class RelayDraining : IDisposable
{
    private readonly CancellationTokenSource _draining = new();
    private readonly CancellationTokenRegistration _stopping;

    public RelayDraining(IHostApplicationLifetime lifetime) =>
        _stopping = lifetime.ApplicationStopping.Register(static draining => ((RelayDraining)draining!).Begin(), this);

    /// <summary>Cancelled once shutdown has begun; callbacks registered later run at once.</summary>
    public CancellationToken Token => _draining.Token;

    /// <summary>Whether shutdown has begun: no new connections, <c>/readyz</c> says 503.</summary>
    public bool IsDraining => _draining.IsCancellationRequested;

    /// <summary>Begins shutdown: every registered callback (one per open connection) runs now.</summary>
    public void Begin()
    {
        try
        {
            _draining.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The host is being disposed: there is nothing left to drain.
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _draining.Dispose();
    }
}

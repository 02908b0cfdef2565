using Microsoft.Extensions.Options;

namespace SecureChat.Relay;

/// <summary>
/// Graceful shutdown. It begins the drain (<see cref="RelayDraining"/>: <c>/readyz</c> says 503, new upgrades are
/// refused, every peer is sent Unavailable and a close), waits for the peers to go, for at most
/// <see cref="RelayOptions.ShutdownGracePeriod"/>, then cuts off the rest. It works in
/// <see cref="StoppingAsync"/>, which the host runs before stopping any hosted service: the web server (which is
/// registered last, so stopped first) still serves <c>/readyz</c> and <c>/metrics</c> meanwhile.
/// </summary>
internal sealed class RelayDrain(RelayDraining draining, OpenConnections connections, IOptions<RelayOptions> options,
    TimeProvider time, ILogger<RelayDrain> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        draining.Begin();
        var grace = options.Value.ShutdownGracePeriod;
        logger.Draining(connections.Count, grace);
        var drained = connections.WhenEmptyAsync();
        try
        {
            await drained.WaitAsync(grace, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            logger.GraceElapsed(connections.AbortAll(), e.GetType().Name);
        }
    }
}

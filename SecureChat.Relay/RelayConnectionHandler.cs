using Microsoft.Extensions.Options;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay;

/// <summary>
/// Takes one WebSocket request from upgrade to close: refuses it while shutting down or when its address has too many
/// connections open, starts its JOIN deadline and frame-rate bucket, and runs its <see cref="RelaySession"/>.
/// </summary>
internal sealed class RelayConnectionHandler(RoomRegistry registry, OpenConnections open, AddressLimiter addresses,
    RelayMetrics metrics, IOptions<RelayOptions> options, TimeProvider time, RelayDraining draining,
    ILogger<RelaySession> logger, RedisBackplane? backplane = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("SecureChat relay: connect with a WebSocket client.\n").ConfigureAwait(false);
            return;
        }

        // Draining: refuse before the upgrade, so a shutting-down relay takes on no new work at all.
        if (draining.IsDraining)
        {
            logger.UpgradeRefused(ErrorCode.Unavailable, (int)ErrorCode.Unavailable);
            metrics.Rejected(ErrorCode.Unavailable);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync("SecureChat relay: shutting down.\n").ConfigureAwait(false);
            return;
        }

        var address = context.Connection.RemoteIpAddress;
        var withinLimit = addresses.TryAcquire(address);
        try
        {
            await AcceptAsync(context, withinLimit).ConfigureAwait(false);
        }
        finally
        {
            if (withinLimit)
            {
                addresses.Release(address);
            }
        }
    }

    private async Task AcceptAsync(HttpContext context, bool withinLimit)
    {
        var relay = options.Value;

        // Both clocks start before the upgrade is answered: once a client is connected, they are already running.
        using var joinDeadline = new CancellationTokenSource(relay.JoinTimeout, time);
        var limiter = new FrameRateLimiter(relay, time);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new PeerConnection(socket, relay, time);
        await using (connection.ConfigureAwait(false))
        {
            open.Add(connection);
            metrics.ConnectionAccepted();
            logger.ConnectionOpened(connection.Id);
            try
            {
                var session = new RelaySession(connection, registry, relay, limiter, metrics, time, logger,
                    backplane);
                if (!withinLimit)
                {
                    await session.RefuseAndDrainAsync(ErrorCode.TooManyConnections, context.RequestAborted)
                        .ConfigureAwait(false);
                }
                else
                {
                    // A token already cancelled runs its callback at once: no shutdown or deadline slips between.
                    await using var stopping = draining.Token.Register(session.OnShutdown)
                        .ConfigureAwait(false);
                    await using var deadline = joinDeadline.Token.Register(session.OnJoinDeadline)
                        .ConfigureAwait(false);
                    await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }
            finally
            {
                open.Remove(connection);
            }

            logger.ConnectionClosed(connection.Id);
        }
    }
}

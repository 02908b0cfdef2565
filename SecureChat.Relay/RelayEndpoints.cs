using Microsoft.Extensions.Options;

namespace SecureChat.Relay;

/// <summary>The relay's HTTP surface: the WebSocket endpoint on <c>/</c> and a health check.</summary>
internal static class RelayEndpoints
{
    /// <summary>Maps <c>/</c> (WebSocket upgrade, else 400) and <c>/healthz</c> (200).</summary>
    public static IEndpointRouteBuilder MapRelay(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/", AcceptAsync);
        endpoints.MapGet("/healthz", () => "ok\n");
        return endpoints;
    }

    private static async Task AcceptAsync(HttpContext context, RoomRegistry registry, IOptions<RelayOptions> options,
        ILogger<RelaySession> logger, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("SecureChat relay: connect with a WebSocket client.\n").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new PeerConnection(socket, options.Value);
        await using (connection.ConfigureAwait(false))
        {
            logger.ConnectionOpened(connection.Id);

            // On shutdown, tell the client why and close; the receive loop then ends as for any relay-side close.
            await using (lifetime.ApplicationStopping.Register(() => _ = connection.EndAsync(
                Refusals.Frame(ErrorCode.Unavailable), Refusals.CloseStatus(ErrorCode.Unavailable),
                Refusals.Message(ErrorCode.Unavailable))).ConfigureAwait(false))
            {
                var session = new RelaySession(connection, registry, options.Value, logger);
                await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
            }

            logger.ConnectionClosed(connection.Id);
        }
    }
}

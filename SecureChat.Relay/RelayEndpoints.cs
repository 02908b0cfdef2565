using Prometheus;

namespace SecureChat.Relay;

/// <summary>The relay's HTTP surface: the WebSocket endpoint on <c>/</c>, health and metrics.</summary>
internal static class RelayEndpoints
{
    /// <summary>
    /// Maps <c>/</c> (WebSocket upgrade, else 400; 503 while shutting down), <c>/healthz</c>, <c>/readyz</c> and
    /// Prometheus <c>/metrics</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapRelay(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/", (HttpContext context, RelayConnectionHandler handler) => handler.HandleAsync(context));
        endpoints.MapHealth();
        endpoints.MapMetrics("/metrics", endpoints.ServiceProvider.GetRequiredService<RelayMetrics>().Registry);
        return endpoints;
    }
}

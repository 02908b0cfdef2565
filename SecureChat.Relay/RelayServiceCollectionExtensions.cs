using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay;

/// <summary>Registers the relay's services and binds <see cref="RelayOptions"/> from configuration.</summary>
internal static class RelayServiceCollectionExtensions
{
    // Beyond the grace period: time for the web server itself to stop once the relay has let its peers go.
    private static readonly TimeSpan ServerStopMargin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Adds the room registry (or, with <c>Relay:Redis</c>, the Redis backplane), limits, metrics, readiness, graceful shutdown, the validated relay options and the
    /// WebSocket and host settings they imply.
    /// </summary>
    public static IServiceCollection AddRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RelayOptions>()
            .Bind(configuration.GetSection(RelayOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RelayOptions>, RelayOptionsValidator>();
        services.AddOptions<WebSocketOptions>()
            .Configure<IOptions<RelayOptions>>((sockets, relay) =>
            {
                sockets.KeepAliveInterval = relay.Value.KeepAliveInterval;
                sockets.KeepAliveTimeout = relay.Value.KeepAliveTimeout;
            });
        services.AddOptions<HostOptions>()
            .Configure<IOptions<RelayOptions>>((host, relay) =>
            {
                var needed = relay.Value.ShutdownGracePeriod + ServerStopMargin;
                if (host.ShutdownTimeout != Timeout.InfiniteTimeSpan && host.ShutdownTimeout < needed)
                {
                    host.ShutdownTimeout = needed;
                }
            });

        // Tests replace the clock with a fake one; every relay timer goes through it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
            new RoomRegistry(provider.GetRequiredService<IOptions<RelayOptions>>().Value.MaxRooms));
        services.AddSingleton(provider =>
            new AddressLimiter(provider.GetRequiredService<IOptions<RelayOptions>>().Value.MaxConnectionsPerAddress));
        services.AddSingleton<OpenConnections>();
        services.AddSingleton<RelayDraining>();
        services.AddSingleton<RelayMetrics>();
        services.AddSingleton<RelayConnectionHandler>();
        services.AddSingleton<IReadinessCheck, AcceptingReadinessCheck>();
        services.AddRelayBackplane(configuration);

        // Drains in StoppingAsync, before the web server stops: see RelayDrain.
        services.AddHostedService<RelayDrain>();
        return services;
    }
}

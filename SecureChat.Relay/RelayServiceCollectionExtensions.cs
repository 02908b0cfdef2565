using Microsoft.Extensions.Options;

namespace SecureChat.Relay;

/// <summary>Registers the relay's services and binds <see cref="RelayOptions"/> from configuration.</summary>
internal static class RelayServiceCollectionExtensions
{
    /// <summary>Adds the room registry, the validated relay options and the WebSocket settings they imply.</summary>
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
        services.AddSingleton<RoomRegistry>();
        return services;
    }
}

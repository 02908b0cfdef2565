using Microsoft.Extensions.DependencyInjection;

namespace SecureChat.Relay.Tests.Support;

/// <summary>White-box access to the relay's internals, for assertions that the wire cannot show.</summary>
internal static class ServiceProviderExtensions
{
    public static RoomRegistry GetRoomRegistry(this IServiceProvider services) =>
        services.GetRequiredService<RoomRegistry>();
}

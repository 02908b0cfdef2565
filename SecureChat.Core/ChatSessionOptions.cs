using System.Reactive.Concurrency;
using SecureChat.Transport;

namespace SecureChat;

/// <summary>Everything a <c>ChatSession</c> needs to start.</summary>
public sealed record ChatSessionOptions
{
    /// <summary>The relay a local <c>securechat-relay</c> listens on by default.</summary>
    public static Uri DefaultRelayUri { get; } = new("ws://127.0.0.1:8765");

    /// <summary>The relay's WebSocket address (<c>ws://</c> or <c>wss://</c>).</summary>
    public Uri RelayUri { get; init; } = DefaultRelayUri;

    /// <summary>The public room code both peers type; must match <c>^[A-Z0-9]{8,16}$</c>.</summary>
    public required string Room { get; init; }

    /// <summary>The scheduler for every time-based stage and for event timestamps.</summary>
    public IScheduler Scheduler { get; init; } = DefaultScheduler.Instance;

    /// <summary>The outgoing message pacing.</summary>
    public RateLimitOptions RateLimit { get; init; } = new();

    /// <summary>Makes the relay connection; the default is a <c>WebSocketTransport</c> to <see cref="RelayUri"/>.</summary>
    public Func<Uri, ITransport>? TransportFactory { get; init; }
}

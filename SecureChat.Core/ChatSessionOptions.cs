using System.Reactive.Concurrency;
using System.Security.Cryptography.X509Certificates;
using SecureChat.Transport;

namespace SecureChat;

/// <summary>Everything a <c>ChatSession</c> needs to start.</summary>
public sealed record ChatSessionOptions
{
    /// <summary>The relay a local <c>securechat-relay</c> listens on by default.</summary>
    public static Uri DefaultRelayUri { get; } = new("ws://127.0.0.1:8765");

    /// <summary>The relay's WebSocket address (<c>ws://</c> or <c>wss://</c>).</summary>
    public Uri RelayUri { get; init; } = DefaultRelayUri;

    /// <summary>
    /// <see cref="ProtocolMode.Legacy"/> only: the public room code both peers type; must match <c>^[A-Z0-9]{8,16}$</c>.
    /// In <see cref="ProtocolMode.Hardened"/> mode the room is <see cref="Invite"/>'s <see cref="RoomInvite.RoomId"/>.
    /// </summary>
    public string Room { get; init; } = "";

    /// <summary>The wire protocol; <see cref="ProtocolMode.Hardened"/> unless both peers run the legacy one.</summary>
    public ProtocolMode Protocol { get; init; } = ProtocolMode.Hardened;

    /// <summary>
    /// <see cref="ProtocolMode.Hardened"/> only, and required there: the invite both peers hold. Its room id is sent
    /// in <c>JOIN</c>; its secret words key the handshake. The caller keeps ownership and disposes it.
    /// </summary>
    public RoomInvite? Invite { get; init; }

    /// <summary><see cref="ProtocolMode.Hardened"/> only: whether this side created the invite or joined with it.</summary>
    public InviteRole Role { get; init; } = InviteRole.Joiner;

    /// <summary>
    /// <see cref="ProtocolMode.Hardened"/> only: how long the handshake may take once the peer is found, on
    /// <see cref="Scheduler"/>, before the session ends with <see cref="ErrorCode.HandshakeTimeout"/>.
    /// </summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The scheduler for every time-based stage and for event timestamps.</summary>
    public IScheduler Scheduler { get; init; } = DefaultScheduler.Instance;

    /// <summary>The outgoing message pacing.</summary>
    public RateLimitOptions RateLimit { get; init; } = new();

    /// <summary>
    /// <see cref="ProtocolMode.Hardened"/> only: the largest file the peer may offer; larger offers are declined
    /// automatically with a <see cref="Warning"/> (<see cref="ErrorCode.FileTooLarge"/>). Default 2 GiB.
    /// </summary>
    public long MaxIncomingFileBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// <see cref="ProtocolMode.Hardened"/> only: the pause on <see cref="Scheduler"/> between two file or pipe chunks
    /// (16 KiB each). The default 50 ms (about 320 KiB/s) keeps a busy session under the relay's default 50 frames/s
    /// with room for chat and acknowledgements; <see cref="TimeSpan.Zero"/> sends as fast as the window allows.
    /// </summary>
    public TimeSpan TransferChunkInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// <see cref="ProtocolMode.Hardened"/> only: when true, the peer's pipe chunks are acknowledged only as the
    /// consumer reports them taken with <see cref="ChatSession.ConsumePipeData"/>, so a slow consumer stops the
    /// peer's sender at the flow-control window (16 chunks, 256 KiB) instead of letting data pile up in memory.
    /// False (the default): each chunk counts as taken once its <see cref="PipeDataReceived"/> was raised.
    /// </summary>
    public bool ConsumePipeDataExplicitly { get; init; }

    /// <summary>
    /// <c>wss://</c> only: the CA certificates that alone may vouch for the relay (a private CA, see
    /// <see cref="RelayTrust.TryLoadPemFile"/>); the system trust store is then not consulted. <see langword="null"/>
    /// (the default): the system trust store. Either way the certificate must be valid now and name the relay's
    /// host, or the session ends with <see cref="ErrorCode.ConnectFailed"/> saying why. Not used with
    /// <see cref="TransportFactory"/>. The caller keeps ownership of the certificates.
    /// </summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>
    /// Makes the relay connection; the default is <see cref="WebSocketTransport.Create"/> for <see cref="RelayUri"/>
    /// and <see cref="TrustedRoots"/>.
    /// </summary>
    public Func<Uri, ITransport>? TransportFactory { get; init; }
}

namespace SecureChat.Relay;

/// <summary>Limits and timings of the relay, bound from the <c>Relay</c> configuration section.</summary>
internal sealed class RelayOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Relay";

    /// <summary>Largest accepted text message in bytes; a larger one is refused with FrameTooLarge.</summary>
    public int MaxFrameBytes { get; set; } = 65536;

    /// <summary>How often the relay pings idle connections so that dead peers are noticed.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a ping may go unanswered before the peer counts as dropped (and its partner is told).</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the relay waits for a client to answer its close before aborting the connection.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one send may take; a peer that stops reading is dropped rather than stalling its partner.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Inbound frames per second a connection may send on average; faster is FrameRateExceeded.</summary>
    public int FramesPerSecond { get; set; } = 50;

    /// <summary>How many frames a connection may send at once before <see cref="FramesPerSecond"/> applies.</summary>
    public int FrameBurst { get; set; } = 100;

    /// <summary>Open connections allowed from one client address (IPv6: one /64); more are TooManyConnections.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 32;

    /// <summary>How long a new connection may take to send JOIN before it is closed with JoinTimeout.</summary>
    public TimeSpan JoinTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a room may wait alone for its second peer before it is closed with RoomExpired.</summary>
    public TimeSpan RoomTimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most rooms (waiting or paired) the relay holds; a JOIN that would open another is RelayFull.</summary>
    public int MaxRooms { get; set; } = 10000;

    /// <summary>On shutdown, how long peers get to answer the relay's Unavailable close before they are cut off.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>redis:6379,password=…</c>). Empty (the default): the relay
    /// runs alone, rooms in memory. Set: rooms live in Redis, shared by every instance that names the same Redis.
    /// </summary>
    public string Redis { get; set; } = string.Empty;

    /// <summary>
    /// The key of the keyed hash that names rooms in Redis (at least 32 characters, the same on every instance):
    /// room codes are short enough that an unkeyed hash of one could be reversed by anyone who can read Redis.
    /// </summary>
    public string RoomKeySecret { get; set; } = string.Empty;

    /// <summary>How often an instance renews its lease (and its rooms') in Redis and checks its partners' instances.</summary>
    public TimeSpan BackplaneHeartbeat { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an instance's lease lasts without renewal: an instance silent this long counts as dead, its rooms are
    /// freed and its peers' partners on other instances get PEER_LEFT. Must exceed <see cref="BackplaneHeartbeat"/>.
    /// </summary>
    public TimeSpan BackplaneLease { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether a Redis backplane is configured.</summary>
    public bool UsesBackplane => !string.IsNullOrWhiteSpace(Redis);
}

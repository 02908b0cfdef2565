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
}

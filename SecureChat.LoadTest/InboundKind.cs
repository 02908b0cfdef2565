namespace SecureChat.LoadTest;

/// <summary>What a frame from the relay turned out to be.</summary>
internal enum InboundKind
{
    /// <summary>Not valid JSON, or a type the load test does not expect.</summary>
    Other,
    PeerFound,
    PeerLeft,
    Error,

    /// <summary>A SIGNAL whose data starts with a readable <see cref="FrameStamp"/>.</summary>
    Signal,

    /// <summary>A SIGNAL that is not one of ours (no readable stamp).</summary>
    ForeignSignal,
}

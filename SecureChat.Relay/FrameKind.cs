namespace SecureChat.Relay;

/// <summary>What the relay makes of one inbound text frame.</summary>
internal enum FrameKind
{
    /// <summary>The frame breaks a rule; <see cref="FrameVerdict.Error"/> says which.</summary>
    Refused,

    /// <summary>A well-formed <c>JOIN</c> with a valid room code.</summary>
    Join,

    /// <summary>A <c>SIGNAL</c>, to be forwarded verbatim to the partner.</summary>
    Signal,
}

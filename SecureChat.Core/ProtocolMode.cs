namespace SecureChat;

/// <summary>Which wire protocol a <c>ChatSession</c> speaks. Both peers must choose the same one.</summary>
public enum ProtocolMode
{
    /// <summary>
    /// <c>tchat/2</c>: a password-authenticated, post-quantum hybrid handshake keyed by a <see cref="RoomInvite"/>,
    /// then an ordered, replay- and truncation-proof channel. The default.
    /// </summary>
    Hardened = 0,

    /// <summary>The specification's protocol: an unauthenticated X25519 exchange (compare the safety number).</summary>
    Legacy = 1,
}

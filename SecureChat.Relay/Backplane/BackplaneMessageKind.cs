namespace SecureChat.Relay.Backplane;

/// <summary>What one message between room members (through Redis, or within one instance) says.</summary>
internal enum BackplaneMessageKind : byte
{
    /// <summary>The sender joined the target's room as its second peer: the target gets PEER_FOUND.</summary>
    Found = 1,

    /// <summary>A SIGNAL frame, forwarded verbatim to the target's client.</summary>
    Signal = 2,

    /// <summary>The sender left (or its instance died): the target gets PEER_LEFT and is closed.</summary>
    Left = 3,

    /// <summary>Never on the wire: the backplane is lost, the target is refused with BackplaneUnavailable.</summary>
    Lost = 4,
}

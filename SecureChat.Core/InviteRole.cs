namespace SecureChat;

/// <summary>Which side of a <see cref="RoomInvite"/> a session plays in <see cref="ProtocolMode.Hardened"/> mode.</summary>
public enum InviteRole
{
    /// <summary>Made the invite and shared it; opens the handshake once the peer is found.</summary>
    Creator,

    /// <summary>Typed in an invite received from the creator; answers the creator's handshake.</summary>
    Joiner,
}

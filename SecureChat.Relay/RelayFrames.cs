namespace SecureChat.Relay;

/// <summary>The fixed frames the relay itself sends, as ready UTF-8 bytes.</summary>
internal static class RelayFrames
{
    /// <summary><c>{"type":"PEER_FOUND"}</c>: sent to both peers once a room holds two.</summary>
    public static ReadOnlyMemory<byte> PeerFound { get; } = """{"type":"PEER_FOUND"}"""u8.ToArray();

    /// <summary><c>{"type":"PEER_LEFT"}</c>: sent to the peer that stays when its partner goes.</summary>
    public static ReadOnlyMemory<byte> PeerLeft { get; } = """{"type":"PEER_LEFT"}"""u8.ToArray();
}

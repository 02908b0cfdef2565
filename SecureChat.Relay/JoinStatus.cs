namespace SecureChat.Relay;

/// <summary>What happened when a connection asked to join a room.</summary>
internal enum JoinStatus
{
    /// <summary>The room was empty: the connection now waits alone in it.</summary>
    Waiting,

    /// <summary>The connection became the second peer: both get <c>PEER_FOUND</c>.</summary>
    Paired,

    /// <summary>The room already holds two peers: the connection is refused.</summary>
    Full,

    /// <summary>The room did not exist and the relay already holds its maximum number of rooms.</summary>
    RelayFull,
}

namespace SecureChat.Relay;

/// <summary>A room of at most two peers. Only <see cref="RoomRegistry"/> creates and fills rooms, under its lock.</summary>
/// <param name="code">The room code; never logged.</param>
/// <param name="first">The peer that opened the room.</param>
internal sealed class Room(string code, PeerConnection first)
{
    // Written once under the registry lock, read lock-free by the forwarding path.
    private volatile PeerConnection? _second;

    /// <summary>The room code, the registry key.</summary>
    public string Code { get; } = code;

    /// <summary>A keyed hash of the code, the only way a room may appear in logs.</summary>
    public string Tag { get; } = RoomTag.Of(code);

    /// <summary>Whether the room already holds two peers.</summary>
    public bool IsFull => _second is not null;

    /// <summary>The peer that opened the room.</summary>
    public PeerConnection First { get; } = first;

    /// <summary>Adds the second peer. Call only under the registry lock.</summary>
    public void Pair(PeerConnection second) => _second = second;

    /// <summary>The other peer of <paramref name="peer"/>, or <see langword="null"/> while it waits alone.</summary>
    public PeerConnection? PartnerOf(PeerConnection peer) => ReferenceEquals(peer, First) ? _second : First;

    // Room codes are never logged; keep them out of accidental structured logging too.
    public override string ToString() => IsFull ? "Room(2 peers)" : "Room(1 peer)";
}

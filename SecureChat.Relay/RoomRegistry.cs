namespace SecureChat.Relay;

/// <summary>
/// The rooms that currently exist. Joining and leaving are atomic under one short lock, so a room never holds more
/// than two peers and a freed code can be used again at once. No I/O ever happens under the lock.
/// </summary>
internal sealed class RoomRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);

    /// <summary>How many rooms exist (waiting or paired).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rooms.Count;
            }
        }
    }

    /// <summary>Puts <paramref name="peer"/> into the room <paramref name="code"/>, creating it if needed.</summary>
    public JoinResult Join(string code, PeerConnection peer)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(code, out var room))
            {
                room = new Room(code, peer);
                _rooms.Add(code, room);
                return new JoinResult(JoinStatus.Waiting, room, null);
            }

            if (room.IsFull)
            {
                return new JoinResult(JoinStatus.Full, null, null);
            }

            room.Pair(peer);
            return new JoinResult(JoinStatus.Paired, room, room.First);
        }
    }

    /// <summary>
    /// Frees <paramref name="room"/> because <paramref name="peer"/> left, and returns the partner to tell; or
    /// <see langword="null"/> if there is none or the room was already freed by the partner leaving first.
    /// </summary>
    public PeerConnection? Leave(Room room, PeerConnection peer)
    {
        lock (_gate)
        {
            // Compare the instance, not just the code: the code may already belong to a new pair.
            if (!_rooms.TryGetValue(room.Code, out var current) || !ReferenceEquals(current, room))
            {
                return null;
            }

            _rooms.Remove(room.Code);
            return room.PartnerOf(peer);
        }
    }
}

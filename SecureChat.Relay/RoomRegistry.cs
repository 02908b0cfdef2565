namespace SecureChat.Relay;

/// <summary>
/// The rooms that currently exist. Joining and leaving are atomic under one short lock, so a room never holds more
/// than two peers and a freed code can be used again at once. No I/O ever happens under the lock.
/// </summary>
/// <param name="maxRooms">Most rooms held at once; a JOIN that would open one more gets RelayFull.</param>
internal sealed class RoomRegistry(int maxRooms = int.MaxValue)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private int _paired;

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

    /// <summary>How many rooms wait alone for a second peer, and how many hold two, read together.</summary>
    public (int Waiting, int Paired) Counts
    {
        get
        {
            lock (_gate)
            {
                return (_rooms.Count - _paired, _paired);
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
                if (_rooms.Count >= maxRooms)
                {
                    return new JoinResult(JoinStatus.RelayFull, null, null);
                }

                room = new Room(code, peer);
                _rooms.Add(code, room);
                return new JoinResult(JoinStatus.Waiting, room, null);
            }

            if (room.IsFull)
            {
                return new JoinResult(JoinStatus.Full, null, null);
            }

            room.Pair(peer);
            _paired++;
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
            if (!RemoveIfCurrent(room))
            {
                return null;
            }

            return room.PartnerOf(peer);
        }
    }

    /// <summary>
    /// Frees <paramref name="room"/> if it still waits alone; false if it was paired or freed meanwhile. Its peer is
    /// not told: that is the caller's job, outside the lock.
    /// </summary>
    public bool TryExpire(Room room)
    {
        lock (_gate)
        {
            return !room.IsFull && RemoveIfCurrent(room);
        }
    }

    private bool RemoveIfCurrent(Room room)
    {
        // Compare the instance, not just the code: the code may already belong to a new pair.
        if (!_rooms.TryGetValue(room.Code, out var current) || !ReferenceEquals(current, room))
        {
            return false;
        }

        _rooms.Remove(room.Code);
        if (room.IsFull)
        {
            _paired--;
        }

        return true;
    }
}

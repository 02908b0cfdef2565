namespace SecureChat.Relay.Backplane;

/// <summary>
/// The Lua scripts that change a room key (a Redis list of at most two <see cref="MemberAddress"/> strings). Redis
/// runs each atomically, so a room holds at most two members whichever instances race to join it.
/// </summary>
internal static class RoomScripts
{
    /// <summary>
    /// KEYS[1] room, ARGV[1] member, ARGV[2] lease in ms. Returns {0} (now waiting), {1, first member} (paired),
    /// or {2} (full).
    /// </summary>
    public const string Join = """
        local n = redis.call('LLEN', KEYS[1])
        if n >= 2 then return {2} end
        redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        if n == 0 then return {0} end
        return {1, redis.call('LINDEX', KEYS[1], 0)}
        """;

    /// <summary>
    /// KEYS[1] room, ARGV[1] member. Deletes the room if it lists the member (never a newer room under the same key)
    /// and returns the members it had; else an empty list.
    /// </summary>
    public const string Leave = """
        local members = redis.call('LRANGE', KEYS[1], 0, -1)
        for _, m in ipairs(members) do
          if m == ARGV[1] then
            redis.call('DEL', KEYS[1])
            return members
          end
        end
        return {}
        """;

    /// <summary>KEYS[1] room, ARGV[1] member. Deletes the room if the member still waits in it alone: 1, else 0.</summary>
    public const string ExpireIfWaiting = """
        if redis.call('LLEN', KEYS[1]) == 1 and redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
          redis.call('DEL', KEYS[1])
          return 1
        end
        return 0
        """;
}

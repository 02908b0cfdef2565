using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// Names rooms, instances and their channels in Redis. A room's key is HMAC-SHA256 keyed with
/// <see cref="RelayOptions.RoomKeySecret"/> (shared by every instance, so they all name a room alike): room codes are
/// short enough that anyone able to read Redis could reverse an unkeyed hash by trying every code.
/// </summary>
internal sealed class RoomKeys(string secret)
{
    private const string Prefix = "securechat:relay:";
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(secret);

    public RedisKey Room(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(code), mac);
        return Prefix + "room:" + Convert.ToHexStringLower(mac);
    }

    /// <summary>The lease key that says an instance is alive; it expires unless the instance renews it.</summary>
    public static RedisKey Alive(string instance) => Prefix + "alive:" + instance;

    /// <summary>The pub/sub channel on which an instance receives messages for its connections.</summary>
    public static RedisChannel Inbox(string instance) => RedisChannel.Literal(Prefix + "inbox:" + instance);

    // The secret must not reach logs through accidental formatting.
    public override string ToString() => nameof(RoomKeys);
}

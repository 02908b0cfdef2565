using System.Security.Cryptography;
using System.Text;

namespace SecureChat.Relay;

/// <summary>
/// A short keyed hash of a room code, so that log lines about one room can be correlated without the code itself
/// ever reaching a log. The key is random per process: tags cannot be matched across restarts, nor reversed by
/// hashing candidate codes (room codes are short enough that an unkeyed hash could be brute-forced).
/// </summary>
internal static class RoomTag
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Eight hex digits of HMAC-SHA256(process key, code).</summary>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(code), mac);
        return Convert.ToHexStringLower(mac[..4]);
    }
}

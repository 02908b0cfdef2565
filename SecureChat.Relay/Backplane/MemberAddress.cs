using System.Globalization;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// Where a room member lives: the relay instance and that instance's connection number. Its text form is what a room
/// key in Redis lists, so it names no client and no room.
/// </summary>
/// <param name="Instance">The instance id: 32 lower-case hex digits, random per process.</param>
/// <param name="Connection">The connection number within that instance (<see cref="PeerConnection.Id"/>).</param>
internal sealed record MemberAddress(string Instance, long Connection)
{
    /// <summary>Length of an instance id, fixed so that messages can carry it without a length prefix.</summary>
    public const int InstanceLength = 32;

    /// <summary>A fresh random instance id.</summary>
    public static string NewInstanceId() => Guid.NewGuid().ToString("N");

    /// <summary>Parses <see cref="ToString"/>'s form; null for anything else (Redis holds only what relays wrote).</summary>
    public static MemberAddress? Parse(string? text)
    {
        if (text is null || text.Length <= InstanceLength + 1 || text[InstanceLength] != ':'
            || !long.TryParse(text.AsSpan(InstanceLength + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return new MemberAddress(text[..InstanceLength], id);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Instance}:{Connection}");
}

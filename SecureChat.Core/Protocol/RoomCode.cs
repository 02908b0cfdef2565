using System.Text.RegularExpressions;

namespace SecureChat.Protocol;

/// <summary>The public room code that the relay uses to pair two peers.</summary>
public static partial class RoomCode
{
    /// <summary>Shortest valid room code.</summary>
    public const int MinLength = 8;

    /// <summary>Longest valid room code.</summary>
    public const int MaxLength = 16;

    /// <summary>Whether <paramref name="room"/> matches <c>^[A-Z0-9]{8,16}$</c>.</summary>
    /// <param name="room">The candidate room code; <see langword="null"/> is invalid.</param>
    public static bool IsValid(string? room) => room is not null && Pattern().IsMatch(room);

    /// <summary>Whether the UTF-8 bytes of a room code are valid, without allocating a string.</summary>
    /// <param name="room">The candidate room code as UTF-8.</param>
    public static bool IsValid(ReadOnlySpan<byte> room)
    {
        if (room.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        foreach (var b in room)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }
        }

        return true;
    }

    // Explicit ASCII classes: \d would admit other Unicode digits. \z, not $: $ also matches before a final "\n".
    [GeneratedRegex("^[A-Z0-9]{8,16}\\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}

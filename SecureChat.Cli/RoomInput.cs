using SecureChat.Protocol;

namespace SecureChat.Cli;

/// <summary>Turns what a person typed into a room code; the core's <see cref="RoomCode"/> stays the judge.</summary>
internal static class RoomInput
{
    public const string Rule = "A room code is 8 to 16 letters A-Z or digits 0-9.";

    /// <summary>Trims and upper-cases ASCII letters only, so no other script can map onto A-Z.</summary>
    public static string Normalize(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var trimmed = typed.Trim();
        return string.Create(trimmed.Length, trimmed, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsAsciiLetterLower(text[i]) ? (char)(text[i] - 32) : text[i];
            }
        });
    }

    public static bool TryNormalize(string typed, out string room)
    {
        room = Normalize(typed);
        return RoomCode.IsValid(room);
    }
}

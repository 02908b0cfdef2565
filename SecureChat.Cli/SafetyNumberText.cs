namespace SecureChat.Cli;

/// <summary>Lays the safety number out the way people read it aloud: groups of five digits, four groups a row.</summary>
internal static class SafetyNumberText
{
    private const int GroupSize = 5;
    private const int GroupsPerRow = 4;

    public static string Group(string safetyNumber)
    {
        ArgumentNullException.ThrowIfNull(safetyNumber);
        // The core already spaces the groups today; regrouping the bare digits keeps this right either way.
        var digits = safetyNumber.Where(static c => !char.IsWhiteSpace(c)).ToArray();
        var groups = digits.Chunk(GroupSize).Select(static g => new string(g));
        var rows = groups.Chunk(GroupsPerRow).Select(static r => string.Join(' ', r));
        return string.Join('\n', rows);
    }
}

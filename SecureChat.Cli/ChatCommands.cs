namespace SecureChat.Cli;

/// <summary>Every slash command, with the line <c>/help</c> prints for it; <see cref="ChatCommand.Parse"/> knows each name.</summary>
internal static class ChatCommands
{
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("/help", "show this list"),
        ("/verify", "mark the three words as compared with your peer (hardened)"),
        ("/quit", "end the session and wipe its keys (so does Ctrl+C)"),
        ("//text", "send a message that starts with a slash: \"/text\""),
    ];

    /// <summary>The editing keys, for the same help text.</summary>
    public const string Editing =
        "Keys: Left/Right, Home/End (Ctrl+A/Ctrl+E), Backspace/Delete, Ctrl+U clears to the start, Esc clears the line. " +
        "A multi-line paste becomes one message, its lines joined with \"" + LineEditor.PasteSeparatorText + "\".";
}

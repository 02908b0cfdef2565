namespace SecureChat.Cli;

/// <summary>Every slash command, with the line <c>/help</c> prints for it; <see cref="ChatCommand.Parse"/> knows each name.</summary>
internal static class ChatCommands
{
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("/help", "show this list"),
        ("/verify", "mark the three words as compared with your peer (hardened)"),
        ("/send PATH", "offer a file to your peer (hardened)"),
        ("/accept [ID]", "save an offered file in the downloads folder (no id: the latest offer)"),
        ("/decline [ID]", "refuse an offered file (no id: the latest offer)"),
        ("/cancel [ID]", "stop a transfer, on both sides (no id: the latest one)"),
        ("/quit", "end the session and wipe its keys (so does Ctrl+C)"),
        ("//text", "send a message that starts with a slash: \"/text\""),
    ];

    /// <summary>The width of the name column in the help table.</summary>
    public static int NameWidth { get; } = All.Max(static c => c.Name.Length);

    /// <summary>The editing keys, for the same help text.</summary>
    public const string Editing =
        "Keys: Left/Right, Home/End (Ctrl+A/Ctrl+E), Backspace/Delete, Ctrl+U clears to the start, Esc clears the line. " +
        "A multi-line paste becomes one message, its lines joined with \"" + LineEditor.PasteSeparatorText + "\".";
}

using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>
/// The terminal side of invite codes: asks whether to create or join, shows a new code with what the other
/// person types, or asks for a code until it parses. The code is typed at a prompt, never taken from argv.
/// </summary>
internal sealed class InvitePrompt(IAnsiConsole console)
{
    /// <summary>Create or join, asked only when the command line did not say.</summary>
    public InviteRole AskRole() =>
        console.Prompt(new SelectionPrompt<InviteRole>()
            .Title("Create a new room, or join one with a code someone gave you?")
            .AddChoices(InviteRole.Creator, InviteRole.Joiner)
            .UseConverter(static role => role == InviteRole.Creator ? "Create a room" : "Join a room"));

    /// <summary>Makes a fresh single-use code and shows it with the exact command the peer runs (and a QR code if asked).</summary>
    public RoomInvite Create(Uri relay, bool qr = false)
    {
        var invite = RoomInvite.Create();
        var code = InviteText.Of(invite);
        console.Write(new Panel(new Rows(
                new Text(code, new Style(decoration: Decoration.Bold)),
                new Markup("[grey]The other person runs[/]"),
                new Text("  " + InviteShow.JoinCommand(relay), new Style(decoration: Decoration.Bold)),
                new Markup("[grey]and types this code at the prompt. Give it over a channel you trust. It works once: a failed attempt burns it.[/]")))
            .Header("Your invite code")
            .Border(BoxBorder.Rounded));
        if (qr)
        {
            // The code only: a scanner shows it as text to type, it is not a link anything would open.
            console.Write(new Rows(QrText.Render(code).Select(static row => new Text(row))));
            console.WriteLine();
        }

        return invite;
    }

    /// <summary>Asks for the code (Tab completes words) until it parses; returns the invite.</summary>
    public RoomInvite AskCode() => new CodeReader(console, CodeWords.Sorted).Read();
}

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

    /// <summary>Makes a fresh single-use code and shows it with the exact command the peer runs.</summary>
    public RoomInvite Create()
    {
        var invite = RoomInvite.Create();
        var code = InviteText.Of(invite);
        console.Write(new Panel(new Rows(
                new Markup($"[bold]{Markup.Escape(code)}[/]"),
                new Markup("[grey]The other person runs[/] [bold]securechat join[/] [grey]and types this code at the prompt.[/]"),
                new Markup("[grey]Give it over a channel you trust. It works once: a failed attempt burns it.[/]")))
            .Header("Your invite code")
            .Border(BoxBorder.Rounded));
        return invite;
    }

    /// <summary>Asks for the code until it parses; returns the invite.</summary>
    public RoomInvite AskCode()
    {
        RoomInvite? invite = null;
        var prompt = new TextPrompt<string>("Invite code (ROOMID-word-word-word):")
            .Validate(typed => RoomInvite.TryParse(typed, out var parsed) && (invite = parsed) is not null
                ? ValidationResult.Success()
                : ValidationResult.Error("[red]That is not an invite code: ROOMID-word-word-word, as the creator shows it.[/]"));
        console.Prompt(prompt);
        return invite!;
    }
}

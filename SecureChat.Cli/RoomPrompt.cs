using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>Asks for the room code until <see cref="RoomInput"/> accepts it.</summary>
internal sealed class RoomPrompt(IAnsiConsole console)
{
    /// <summary>Returns a valid, upper-cased room code.</summary>
    public string Ask()
    {
        var prompt = new TextPrompt<string>("Room code:")
            .ValidationErrorMessage($"[red]{RoomInput.Rule}[/]")
            .Validate(static typed => RoomInput.TryNormalize(typed, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error($"[red]{RoomInput.Rule}[/]"));
        return RoomInput.Normalize(console.Prompt(prompt));
    }
}

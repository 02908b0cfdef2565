using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>The real terminal's console, with colours off when the user asked for that.</summary>
internal static class TerminalConsole
{
    public const string NoColorVariable = "NO_COLOR";

    /// <summary>no-color.org: any non-empty value turns colours off; so does <c>--no-color</c>.</summary>
    public static bool NoColor(bool flag, string? variable) => flag || !string.IsNullOrEmpty(variable);

    /// <summary>The settings for <see cref="AnsiConsole.Create"/>; without colour, styles such as bold remain.</summary>
    public static AnsiConsoleSettings Settings(bool noColor) => new()
    {
        ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    };

    public static IAnsiConsole Create(bool noColor) => AnsiConsole.Create(Settings(noColor));
}

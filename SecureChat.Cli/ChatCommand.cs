namespace SecureChat.Cli;

/// <summary>What an entered line asks for: a message, or one of the slash commands.</summary>
internal abstract record ChatCommand
{
    /// <summary>Reads a line: <c>/quit</c>, <c>/help</c>, <c>/verify</c>, <c>//text</c> sends <c>/text</c>, anything else is a message.</summary>
    public static ChatCommand Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('/'))
        {
            return new SendMessage(line);
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new SendMessage(line[(line.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        }

        return trimmed.ToUpperInvariant() switch
        {
            "/QUIT" => new QuitCommand(),
            "/HELP" => new HelpCommand(),
            "/VERIFY" => new VerifyCommand(),
            _ => new UnknownCommand(trimmed),
        };
    }
}

/// <summary>Send this text to the peer.</summary>
internal sealed record SendMessage(string Text) : ChatCommand;

/// <summary>End the session.</summary>
internal sealed record QuitCommand : ChatCommand;

/// <summary>Show the commands.</summary>
internal sealed record HelpCommand : ChatCommand;

/// <summary>Mark the short authentication string as compared with the peer.</summary>
internal sealed record VerifyCommand : ChatCommand;

/// <summary>A slash command this client does not know.</summary>
internal sealed record UnknownCommand(string Name) : ChatCommand;

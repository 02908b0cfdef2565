namespace SecureChat.Cli;

/// <summary>What an entered line asks for: a message, or one of the slash commands.</summary>
internal abstract record ChatCommand
{
    /// <summary>Reads a line: <c>/quit</c>, <c>/help</c>, <c>/verify</c>, the file commands, <c>//text</c> sends <c>/text</c>, anything else is a message.</summary>
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

        var space = trimmed.IndexOfAny([' ', '\t']);
        var verb = (space < 0 ? trimmed : trimmed[..space]).ToUpperInvariant();
        var rest = space < 0 ? null : trimmed[(space + 1)..].Trim();
        rest = string.IsNullOrEmpty(rest) ? null : rest;
        switch (verb)
        {
            case "/SEND":
                return new SendFileCommand(Unquote(rest));
            case "/ACCEPT":
                return new AcceptFileCommand(rest);
            case "/DECLINE":
                return new DeclineFileCommand(rest);
            case "/CANCEL":
                return new CancelFileCommand(rest);
        }

        return trimmed.ToUpperInvariant() switch
        {
            "/QUIT" => new QuitCommand(),
            "/HELP" => new HelpCommand(),
            "/VERIFY" => new VerifyCommand(),
            _ => new UnknownCommand(trimmed),
        };
    }

    // A path typed in quotes (to keep its spaces visible) loses them; a path is otherwise taken as typed.
    private static string? Unquote(string? path) =>
        path is { Length: >= 2 } && (path[0] == '"' || path[0] == '\'') && path[^1] == path[0] ? path[1..^1] : path;
}

/// <summary>Offer a file to the peer (<c>/send PATH</c>); <see langword="null"/> when no path was given.</summary>
internal sealed record SendFileCommand(string? Path) : ChatCommand;

/// <summary>Accept an offered file (<c>/accept [id]</c>); no id: the latest pending offer.</summary>
internal sealed record AcceptFileCommand(string? Id) : ChatCommand;

/// <summary>Decline an offered file (<c>/decline [id]</c>); no id: the latest pending offer.</summary>
internal sealed record DeclineFileCommand(string? Id) : ChatCommand;

/// <summary>Stop a transfer in either direction (<c>/cancel [id]</c>); no id: the latest open transfer.</summary>
internal sealed record CancelFileCommand(string? Id) : ChatCommand;

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

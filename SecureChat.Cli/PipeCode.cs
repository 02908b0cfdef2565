namespace SecureChat.Cli;

/// <summary>Where <c>pipe join</c> gets the invite code: stdin and stdout carry the data, so never from them (nor argv).</summary>
internal enum PipeCodeSource
{
    /// <summary>Typed at the controlling terminal (/dev/tty).</summary>
    Terminal,

    /// <summary>The <see cref="PipeCode.Variable"/> environment variable, for scripts.</summary>
    Environment,

    /// <summary>Neither: a usage error.</summary>
    None,
}

/// <summary>Chooses and reads the code for <c>pipe join</c>.</summary>
internal static class PipeCode
{
    /// <summary>The environment variable scripts set to the code.</summary>
    public const string Variable = "SECURECHAT_CODE";

    private const string TerminalPath = "/dev/tty";

    /// <summary>The terminal when there is one, else the environment, else nothing.</summary>
    public static PipeCodeSource Choose(bool hasTerminal, string? fromEnvironment) =>
        hasTerminal ? PipeCodeSource.Terminal
        : !string.IsNullOrWhiteSpace(fromEnvironment) ? PipeCodeSource.Environment
        : PipeCodeSource.None;

    /// <summary>
    /// Reads the code from where <see cref="Choose"/> says; <see langword="null"/> with <paramref name="error"/> set
    /// when there is none or it does not parse.
    /// </summary>
    public static RoomInvite? Read(string? fromEnvironment, out string? error)
    {
        var terminal = OpenTerminal();
        try
        {
            var line = Choose(terminal is not null, fromEnvironment) switch
            {
                PipeCodeSource.Terminal => Prompt(terminal!),
                PipeCodeSource.Environment => fromEnvironment,
                _ => null,
            };
            if (line is null)
            {
                error = $"'pipe join' reads the code from the terminal, or from {Variable} when there is none.";
                return null;
            }

            error = RoomInvite.TryParse(line.Trim(), out var invite) ? null : "that is not an invite code (ROOMID-word-word-word).";
            return invite;
        }
        finally
        {
            terminal?.Dispose();
        }
    }

    private static string? Prompt(FileStream terminal)
    {
        using var writer = new StreamWriter(terminal, leaveOpen: true);
        writer.Write("Invite code: ");
        writer.Flush();
        using var reader = new StreamReader(terminal, leaveOpen: true);
        return reader.ReadLine();
    }

    // Opening fails without a controlling terminal (ENXIO), which is how a script or a service runs.
    private static FileStream? OpenTerminal()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return new FileStream(TerminalPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

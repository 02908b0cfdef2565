using Spectre.Console;

namespace SecureChat.Cli;

/// <summary>
/// Turns the parsed command line (and, for the hardened protocol, the invite code typed or generated here)
/// into session options. The hardened protocol is the default; legacy runs only on an explicit --legacy.
/// </summary>
internal static class SessionSetup
{
    /// <summary>In a terminal: prompts for what the command line left open.</summary>
    public static ChatSessionOptions Interactive(CliOptions options, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Legacy)
        {
            return Legacy(options, options.Room ?? new RoomPrompt(console).Ask());
        }

        var prompt = new InvitePrompt(console);
        var role = options.Invite ?? prompt.AskRole();
        var invite = role == InviteRole.Creator ? prompt.Create(options.Relay, options.Qr) : prompt.AskCode();
        return Hardened(options, invite, role);
    }

    /// <summary>
    /// Without a terminal: <c>create</c> prints <c>CODE &lt;code&gt;</c> first; <c>join</c> reads the code from the
    /// first input line. Returns <see langword="null"/> (usage error, already reported) when something is missing.
    /// </summary>
    public static async Task<ChatSessionOptions?> ScriptedAsync(CliOptions options, TextReader input, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (options.Legacy)
        {
            if (options.Room is not null)
            {
                return Legacy(options, options.Room);
            }

            await errors.WriteLineAsync("securechat: --legacy needs --room when input is redirected.").ConfigureAwait(false);
            return null;
        }

        switch (options.Invite)
        {
            case InviteRole.Creator:
                var invite = RoomInvite.Create();
                await output.WriteLineAsync($"CODE {InviteText.Of(invite)}").ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
                return Hardened(options, invite, InviteRole.Creator);
            case InviteRole.Joiner:
                var line = await input.ReadLineAsync().ConfigureAwait(false);
                if (line is not null && RoomInvite.TryParse(line, out var joined))
                {
                    return Hardened(options, joined, InviteRole.Joiner);
                }

                await errors.WriteLineAsync("securechat: the first input line must be the invite code (ROOMID-word-word-word).").ConfigureAwait(false);
                return null;
            default:
                await errors.WriteLineAsync("securechat: say 'create' or 'join' (or --legacy --room CODE) when input is redirected.").ConfigureAwait(false);
                return null;
        }
    }

    private static ChatSessionOptions Legacy(CliOptions options, string room) =>
        new() { RelayUri = options.Relay, TrustedRoots = options.TrustedRoots, Room = room, Protocol = ProtocolMode.Legacy };

    /// <summary>The hardened options, with the transfer limits from the command line.</summary>
    internal static ChatSessionOptions Hardened(CliOptions options, RoomInvite invite, InviteRole role)
    {
        var hardened = new ChatSessionOptions
        {
            RelayUri = options.Relay,
            TrustedRoots = options.TrustedRoots,
            Invite = invite,
            Role = role,
            Protocol = ProtocolMode.Hardened,
            MaxIncomingFileBytes = options.MaxFileSize,
        };
        return options.ChunkInterval is { } interval ? hardened with { TransferChunkInterval = interval } : hardened;
    }
}

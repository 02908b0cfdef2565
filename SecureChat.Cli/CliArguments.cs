using System.Diagnostics.CodeAnalysis;
using SecureChat.Transport;

namespace SecureChat.Cli;

/// <summary>
/// The hand-written command-line parser: <c>create</c>/<c>join</c>, <c>--relay URI</c>, <c>--room CODE</c>,
/// <c>--ca-cert PATH</c> (also <c>--name=value</c>), <c>--legacy</c>, <c>--qr</c>, <c>--no-color</c>, <c>--help</c>/<c>-h</c>,
/// <c>--version</c>; <c>pipe create</c>/<c>pipe join</c>; the transfer options in <see cref="TransferArguments"/>. Errors are values: one sentence for stderr, exit code 2. <c>--ca-cert</c> is read here, so that a
/// missing or unreadable file is a usage error before anything starts.
/// </summary>
internal static class CliArguments
{
    public const string RelayVariable = "SECURECHAT_RELAY";

    /// <summary>Parses <paramref name="args"/>; the relay falls back to the environment, then the core's default.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="relayFromEnvironment">The value of <see cref="RelayVariable"/>, if set.</param>
    /// <param name="options">The parsed options when this returns <see langword="true"/>.</param>
    /// <param name="error">What is wrong when this returns <see langword="false"/>.</param>
    public static bool TryParse(
        IReadOnlyList<string> args,
        string? relayFromEnvironment,
        [NotNullWhen(true)] out CliOptions? options,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = null;

        // Help wins over everything else, so a confused user always gets to read it.
        if (args.Any(static a => a is "--help" or "-h"))
        {
            options = new CliOptions(ChatSessionOptions.DefaultRelayUri, ShowHelp: true);
            error = null;
            return true;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var version = false;
        var legacy = false;
        var noColor = false;
        var qr = false;
        var pipe = false;
        var acceptFiles = false;
        InviteRole? invite = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "--version" when inlineValue is null:
                    version = true;
                    break;
                case "--legacy" when inlineValue is null:
                    legacy = true;
                    break;
                case "--no-color" when inlineValue is null:
                    noColor = true;
                    break;
                case "--qr" when inlineValue is null:
                    qr = true;
                    break;
                case "--accept-files" when inlineValue is null:
                    acceptFiles = true;
                    break;
                case "pipe" when i == 0:
                    pipe = true;
                    if (i + 1 >= args.Count || args[i + 1] is not ("create" or "join"))
                    {
                        error = "'pipe' needs 'create' or 'join'.";
                        return false;
                    }

                    break;
                case "create" or "join" when i == 0 || (i == 1 && pipe):
                    invite = name == "create" ? InviteRole.Creator : InviteRole.Joiner;
                    break;
                case "--relay" or "--room" or "--ca-cert" or "--downloads" or "--max-file-size" or "--chunk-interval":
                    if (values.ContainsKey(name))
                    {
                        error = $"{name} was given more than once.";
                        return false;
                    }

                    var value = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
                    if (string.IsNullOrEmpty(value))
                    {
                        error = $"{name} needs a value.";
                        return false;
                    }

                    values[name] = value;
                    break;
                default:
                    error = name.StartsWith('-') ? $"Unknown option '{args[i]}'." : $"Unexpected argument '{args[i]}'.";
                    return false;
            }
        }

        var relay = values.GetValueOrDefault("--relay");
        var room = values.GetValueOrDefault("--room");
        var caCert = values.GetValueOrDefault("--ca-cert");
        if (!TransferArguments.TryParse(values, pipe, legacy, out var transfer, out error))
        {
            return false;
        }

        if (!TryRelay(relay, relayFromEnvironment, out var relayUri, out error))
        {
            return false;
        }

        string? normalizedRoom = null;
        if (room is not null && !RoomInput.TryNormalize(room, out normalizedRoom))
        {
            error = $"--room: {RoomInput.Rule}";
            return false;
        }

        // The hardened protocol's code has a secret part that must never sit in argv; only legacy rooms are named here.
        if (room is not null && !legacy)
        {
            error = "--room names a legacy room and needs --legacy; hardened rooms use 'create' or 'join', and the code is typed, never passed as an argument.";
            return false;
        }

        if (legacy && invite is not null)
        {
            error = "'create' and 'join' are for the hardened protocol; --legacy rooms are named with --room.";
            return false;
        }

        if (qr && (legacy || invite == InviteRole.Joiner))
        {
            error = "--qr shows a new invite code, so it goes with 'create'.";
            return false;
        }

        if (!TryTrust(caCert, relayUri, out var roots, out error))
        {
            return false;
        }

        if (pipe && qr)
        {
            error = "--qr is for the chat; 'pipe create' prints its code on stderr.";
            return false;
        }

        if (acceptFiles && (pipe || legacy))
        {
            error = "--accept-files is for hardened chats ('create' or 'join').";
            return false;
        }

        options = new CliOptions(relayUri, normalizedRoom, ShowVersion: version, Legacy: legacy, Invite: invite, TrustedRoots: roots, NoColor: noColor, Qr: qr)
        {
            Pipe = pipe,
            Downloads = transfer.Downloads,
            MaxFileSize = transfer.MaxFileSize,
            AcceptFiles = acceptFiles,
            ChunkInterval = transfer.ChunkInterval,
        };
        return true;
    }

    private static bool TryTrust(string? caCert, Uri relay, out System.Security.Cryptography.X509Certificates.X509Certificate2Collection? roots, [NotNullWhen(false)] out string? error)
    {
        roots = null;
        error = null;
        if (caCert is null)
        {
            return true;
        }

        if (relay.Scheme != "wss")
        {
            error = $"--ca-cert is for a wss:// relay; {relay} has no TLS.";
            return false;
        }

        if (!RelayTrust.TryLoadPemFile(caCert, out roots, out var why))
        {
            error = $"--ca-cert: {why}";
            return false;
        }

        return true;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static bool TryRelay(string? fromArgs, string? fromEnvironment, [NotNullWhen(true)] out Uri? relay, [NotNullWhen(false)] out string? error)
    {
        var (text, source) = fromArgs is not null
            ? (fromArgs, "--relay")
            : string.IsNullOrWhiteSpace(fromEnvironment) ? (null, null) : (fromEnvironment, RelayVariable);
        error = null;
        if (text is null)
        {
            relay = ChatSessionOptions.DefaultRelayUri;
            return true;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out relay) && (relay.Scheme == "ws" || relay.Scheme == "wss"))
        {
            return true;
        }

        relay = null;
        error = $"{source}: '{text}' is not a ws:// or wss:// address.";
        return false;
    }
}

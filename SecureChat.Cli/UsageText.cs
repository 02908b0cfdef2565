using System.Reflection;

namespace SecureChat.Cli;

/// <summary>What <c>--help</c> and <c>--version</c> print.</summary>
internal static class UsageText
{
    public const string Help = """
        securechat - end-to-end encrypted chat with one peer through a relay.

        Usage: securechat [--relay URI] [--room CODE]
               securechat --help | --version

        Options:
          --relay URI   The relay's ws:// or wss:// address.
                        Default: $SECURECHAT_RELAY, else ws://127.0.0.1:8765.
          --room CODE   The room code both people type: 8 to 16 letters A-Z or
                        digits 0-9 (lower case is upper-cased). Asked for when
                        omitted in a terminal; required when input is redirected.
          -h, --help    Show this help.
          --version     Show the version.

        In a terminal: type a message and press Enter. /help lists commands,
        /quit or Ctrl+C ends the session.

        With input redirected (scripts, tests): no prompts and no colours. Each
        event is one line on stdout:
          STATE <state>           PEER_FOUND           CONNECTED <safety number>
          MSG <text>              SENT <text>          WARN <code> <name> <message>
          DESTROYED <code> <name> <message>
        <code> is the stable number, <name> its name; text is the rest of the
        line, with control characters removed. Each line is flushed at once.
        Lines are read from stdin once connected and sent one by one. At end of
        input, or at a line "/quit", it waits until every line before was SENT
        or WARNed, then quits.

        Exit codes:
          0  the session ended in order (quit, end of input, or the peer left)
          1  the session failed (relay unreachable, connection lost, tampering)
          2  usage error

        The key exchange is not authenticated: compare the safety number with
        your peer over another channel.
        """;

    /// <summary>The product version, without the source revision suffix the SDK may append.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(UsageText).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return $"securechat {(plus < 0 ? version : version[..plus])}";
        }
    }
}

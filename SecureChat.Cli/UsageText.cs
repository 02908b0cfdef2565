using System.Reflection;

namespace SecureChat.Cli;

/// <summary>What <c>--help</c> and <c>--version</c> print.</summary>
internal static class UsageText
{
    public const string Help = """
        securechat - end-to-end encrypted chat with one peer through a relay.

        Usage: securechat [create | join] [--relay URI] [--ca-cert PATH]
               securechat --legacy [--room CODE] [--relay URI] [--ca-cert PATH]
               securechat --help | --version

        Commands:
          create        Make a new room: prints a single-use invite code such as
                        K7Q2M9XR4T-pelican-oboe-tundra. Give it to your peer.
          join          Join a room: type the invite code at the prompt (with
                        input redirected: the first input line is the code).
                        The code is never taken from the command line.
          (none)        In a terminal, asks whether to create or join.

        Options:
          --relay URI   The relay's ws:// or wss:// address.
                        Default: $SECURECHAT_RELAY, else ws://127.0.0.1:8765.
          --ca-cert PATH
                        With a wss:// relay: trust only the CA certificate(s)
                        in this PEM file, instead of the system's CAs (for a
                        relay whose certificate comes from a private CA). The
                        relay's certificate must still be valid and name its
                        host; there is no way to skip that check.
          --legacy      Use the specification's original protocol: its key
                        exchange is UNAUTHENTICATED (a malicious relay can read
                        everything unless you compare the safety number). Only
                        this option ever selects it; nothing falls back to it.
          --room CODE   With --legacy: the room code both people type, 8 to 16
                        letters A-Z or digits 0-9 (lower case is upper-cased).
          -h, --help    Show this help.
          --version     Show the version.

        The default (hardened) protocol agrees keys from the invite code with
        CPace and X-Wing (post-quantum hybrid), confirms them both ways, and
        shows three words on both screens: read them to each other, then type
        /verify. A wrong code, or a relay that tries to intercept, ends the
        session with an error; the code is then burnt.

        In a terminal: type a message and press Enter. /help lists commands,
        /quit or Ctrl+C ends the session.

        With input redirected (scripts, tests): no prompts and no colours. Each
        event is one line on stdout:
          CODE <invite code>      (create only, first line)
          STATE <state>           PEER_FOUND           CONNECTED <words or number>
          MSG <text>              SENT <text>          WARN <code> <name> <message>
          DESTROYED <code> <name> <message>
        <code> is the stable number, <name> its name; text is the rest of the
        line, with control characters removed. Each line is flushed at once.
        Lines are read from stdin once connected and sent one by one. At end of
        input, or at a line "/quit", it waits until every line before was SENT
        or WARNed, then quits.

        Exit codes:
          0  the session ended in order (quit, end of input, or the peer left)
          1  the session failed (relay unreachable, connection lost, wrong code,
             interception, tampering)
          2  usage error
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

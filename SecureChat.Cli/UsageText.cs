using System.Reflection;

namespace SecureChat.Cli;

/// <summary>What <c>--help</c> (laid out like a man page) and <c>--version</c> print.</summary>
internal static class UsageText
{
    /// <summary>The section headings of <see cref="Help"/>, in order (a man page's; docs/securechat.1.md has the same).</summary>
    public static IReadOnlyList<string> Sections { get; } =
        ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "IN THE CHAT", "NON-INTERACTIVE MODE", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SECURITY"];

    public const string Help = """
        NAME
            securechat - end-to-end encrypted chat with one peer through a relay

        SYNOPSIS
            securechat [create [--qr] | join] [--relay URI] [--ca-cert PATH] [--no-color]
                       [--downloads DIR] [--max-file-size SIZE] [--accept-files]
                       [--chunk-interval MS]
            securechat pipe create | pipe join [--relay URI] [--ca-cert PATH]
                       [--chunk-interval MS]
            securechat --legacy [--room CODE] [--relay URI] [--ca-cert PATH] [--no-color]
            securechat --help | --version

        DESCRIPTION
            One person creates a room and gets a single-use invite code such as
            K7Q2M9XR4T-pelican-oboe-tundra; the other joins by typing it. The relay
            pairs them by the room id (K7Q2M9XR4T) and forwards their frames without
            being able to read them. The words never leave the two computers: keys
            are agreed from them with CPace and X-Wing (post-quantum hybrid), and both
            screens then show the same three words to read to each other.

            The chat screen keeps a status line before the input line: whether the
            words were verified (or UNAUTHENTICATED for --legacy), the state, the
            relay and the protocol. Messages show the time and the sender; notices
            from this program start with "!".

        COMMANDS
            create        Make a new room: shows the invite code and the exact
                          command the other person runs (securechat join, with
                          --relay when yours is not the default).
            join          Join a room: type the invite code at the prompt; Tab
                          completes a word, or lists the words that could follow.
                          The code is never taken from the command line.
            (none)        In a terminal, asks whether to create or join.
            pipe create   Pipe mode: a two-way, binary-safe channel instead of the
            pipe join     chat. stdin goes to the peer, the peer's bytes come out
                          on stdout, raw. create prints CODE <code> on stderr;
                          join reads it from the terminal (/dev/tty), or, when
                          there is none, from $SECURECHAT_CODE (for scripts; the
                          code is never taken from argv). Status lines go to
                          stderr. A terminal on stdin sends nothing (that
                          direction ends at once). Exits 0 once both directions
                          ended cleanly (every byte both ways arrived), 1 if
                          either was cut off.

        OPTIONS
            --relay URI   The relay's ws:// or wss:// address.
                          Default: $SECURECHAT_RELAY, else ws://127.0.0.1:8765.
            --ca-cert PATH
                          With a wss:// relay: trust only the CA certificate(s)
                          in this PEM file, instead of the system's CAs (for a
                          relay whose certificate comes from a private CA). The
                          relay's certificate must still be valid and name its
                          host; there is no way to skip that check.
            --qr          With create: also draw the invite code as a QR code
                          (the code only, in Unicode half blocks).
            --no-color    No colours (same as NO_COLOR=1).
            --downloads DIR
                          Where accepted files are saved (created if missing).
                          Default: ~/Downloads/SecureChat.
            --max-file-size SIZE
                          Offers larger than this are declined automatically.
                          Bytes, or with K, M or G (binary units). Default: 2G.
            --accept-files
                          Without a terminal: accept every offer at once (for
                          scripts and tests).
            --chunk-interval MS
                          The pause between two 16 KiB file or pipe chunks.
                          Default 50 (about 320 KiB/s, within a relay's default
                          frame limit); 0 sends as fast as the peer acknowledges,
                          for a relay that allows more frames per second.
            --legacy      Use the specification's original protocol: its key
                          exchange is UNAUTHENTICATED (a malicious relay can read
                          everything unless you compare the safety number). Only
                          this option ever selects it; nothing falls back to it.
            --room CODE   With --legacy: the room code both people type, 8 to 16
                          letters A-Z or digits 0-9 (lower case is upper-cased).
            -h, --help    Show this help.
            --version     Show the version.

        IN THE CHAT
            Type a message and press Enter. /help lists commands; /verify marks the
            three words as compared; /quit or Ctrl+C ends the session; //text sends
            "/text". A multi-line paste becomes one message, its lines joined with
            " ⏎ " (the peer's screen would turn line breaks into spaces).

            Files (hardened only): /send PATH offers a file; your peer sees its
            name, size and a short id and answers /accept [ID] or /decline [ID]
            (no id: the latest offer). /cancel [ID] stops a transfer on both
            sides. Both screens show progress and speed every tenth. A received
            file is written as NAME.part in the downloads folder and gets its
            name only after its SHA-256 matched; a name that is taken gets
            " (1)", " (2)" ... (nothing is overwritten, links are not followed),
            and an unfinished file is deleted.

        NON-INTERACTIVE MODE
            With input redirected (scripts, tests): no prompts and no colours. Each
            event is one line on stdout:
              CODE <invite code>      (create only, first line)
              STATE <state>           PEER_FOUND           CONNECTED <words or number>
              MSG <text>              SENT <text>          WARN <code> <name> <message>
              DESTROYED <code> <name> <message>
              FILE_OFFERED <id> <size> <name>     FILE_PROGRESS <id> <bytes> <total> <bytes/s>
              FILE_DONE <id> <path>               FILE_CANCELLED <id> <code> <name> <message>
              FILE_DECLINED <id>                  FILE_FAILED <id> <message>
            <code> is the stable number, <name> its name; text is the rest of the
            line, with control characters removed. Each line is flushed at once.
            join reads the code from the first input line. Once connected, lines
            are read from stdin and sent one by one. At end of input, or at a line
            "/quit", it waits until every line before was SENT or WARNed, and every
            running transfer ended, then quits. Lines /send, /accept, /decline and
            /cancel are file commands, answered FILE_SENDING, FILE_ACCEPTED,
            FILE_DECLINED or FILE_CANCELLING <id> <size> <name>, or FILE_ERROR <why>.
            <id> is the full 32-digit id; FILE_DONE names the saved file.

        ENVIRONMENT
            SECURECHAT_RELAY  The relay address when --relay is not given.
            NO_COLOR          Any non-empty value turns colours off (no-color.org).
            SECURECHAT_CODE   pipe join without a terminal: the invite code (for
                              scripts; never pass the code as an argument).

        EXIT STATUS
            0  the session ended in order (quit, end of input, or the peer left)
            1  the session failed (relay unreachable, connection lost, wrong code,
               interception, tampering); pipe mode: a direction was cut off
            2  usage error

        EXAMPLES
            securechat create                  make a room, give the code away
            securechat create --qr             ... and show it as a QR code
            securechat join                    type the code you were given
            securechat join --relay wss://chat.example.org
            printf 'hello\n' | securechat create > log.txt
            tar c dir | securechat pipe create   send a folder (CODE on stderr)
            securechat pipe join > dir.tar       ... receive it

        SECURITY
            Give the code over a channel you trust; it works once, and a failed
            attempt burns it. Read the three words to each other (on a call, in
            person) before saying anything sensitive, then type /verify; if they
            differ, type /quit. A wrong code, or a relay that tries to intercept,
            ends the session with exit status 1. Nothing is written to disk but
            files you accept, and keys are wiped when the session ends; core
            dumps are turned off. In pipe mode nobody reads the words: check
            the CONNECTED line on stderr against your peer's.
            --legacy offers none of this: compare the 60-digit safety number.
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

using System.Globalization;
using SecureChat.Protocol;

namespace SecureChat.Cli;

/// <summary>
/// The non-interactive output format: one line per event, a stable upper-case prefix first, so scripts and
/// tests can match on it. Every piece of text is sanitised, so a line never carries a line break or an escape.
/// </summary>
internal static class EventLine
{
    /// <summary>The line for <paramref name="chatEvent"/>, without a line terminator.</summary>
    public static string Format(ChatEvent chatEvent)
    {
        ArgumentNullException.ThrowIfNull(chatEvent);
        return chatEvent switch
        {
            StateChanged e => $"STATE {e.State}",
            PeerFound => "PEER_FOUND",
            Connected e => $"CONNECTED {Clean(e.SafetyNumber)}",
            MessageReceived e => $"MSG {Clean(e.Text)}",
            // Our own text came from stdin untouched; it gets the same treatment as the peer's.
            MessageSent e => $"SENT {Clean(e.Text)}",
            Warning e => $"WARN {Code(e.Code)} {Clean(e.Message)}",
            Destroyed e => $"DESTROYED {Code(e.Reason)} {Clean(e.Message)}",
            _ => $"EVENT {chatEvent.GetType().Name}",
        };
    }

    private static string Code(ErrorCode code) => string.Create(CultureInfo.InvariantCulture, $"{(int)code} {code}");

    private static string Clean(string text) => TerminalText.Sanitize(text);
}

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
    public static string Format(ChatEvent chatEvent) => Format(chatEvent, file: null);

    /// <summary>
    /// The line for <paramref name="chatEvent"/>; file events use what <see cref="FileTransfers"/> made of them
    /// (the saved path, the progress).
    /// </summary>
    public static string Format(ChatEvent chatEvent, FileUpdate? file)
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
            FileOffered e => Invariant($"FILE_OFFERED {e.Id} {e.Size} {Clean(e.Name)}"),
            FileProgress e => Invariant($"FILE_PROGRESS {e.Id} {e.Transferred} {e.Total} {(long)(file?.BytesPerSecond ?? 0)}"),
            FileCompleted e when file?.Failure is { } failure => $"FILE_FAILED {e.Id} {Clean(failure)}",
            FileCompleted e => $"FILE_DONE {e.Id} {Clean(file?.SavedPath ?? string.Empty)}",
            FileCancelled e => $"FILE_CANCELLED {e.Id} {Code(e.Reason)} {Clean(e.Message)}",
            FileDeclined e => $"FILE_DECLINED {e.Id}",
            PipeEnded => "PIPE_ENDED",
            Destroyed e => $"DESTROYED {Code(e.Reason)} {Clean(e.Message)}",
            _ => $"EVENT {chatEvent.GetType().Name}",
        };
    }

    /// <summary>The answer to a file command typed in a script: <c>FILE_SENDING &lt;id&gt; &lt;size&gt; &lt;name&gt;</c> … or <c>FILE_ERROR &lt;why&gt;</c>.</summary>
    public static string Format(FileCommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error is { } error
            ? $"FILE_ERROR {Clean(error)}"
            : Invariant($"FILE_{result.Verb} {result.Id} {result.Size} {Clean(result.Name)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Code(ErrorCode code) => string.Create(CultureInfo.InvariantCulture, $"{(int)code} {code}");

    private static string Clean(string text) => TerminalText.Sanitize(text);
}

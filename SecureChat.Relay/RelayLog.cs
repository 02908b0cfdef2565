using Microsoft.Extensions.Logging;

namespace SecureChat.Relay;

/// <summary>
/// Everything the relay logs. Connection numbers and error codes only: never payloads, message contents or room codes,
/// which is easiest to guarantee when no log call takes anything else.
/// </summary>
internal static partial class RelayLog
{
    [LoggerMessage(1, LogLevel.Information, "Connection {Connection} opened")]
    public static partial void ConnectionOpened(this ILogger logger, long connection);

    [LoggerMessage(2, LogLevel.Information, "Connection {Connection} closed")]
    public static partial void ConnectionClosed(this ILogger logger, long connection);

    [LoggerMessage(3, LogLevel.Information, "Connection {Connection} refused with {Code} ({CodeNumber})")]
    public static partial void Refused(this ILogger logger, long connection, ErrorCode code, int codeNumber);

    [LoggerMessage(4, LogLevel.Debug, "Connection {Connection} is waiting for a peer")]
    public static partial void Waiting(this ILogger logger, long connection);

    [LoggerMessage(5, LogLevel.Information, "Connection {Connection} paired with connection {Partner}")]
    public static partial void Paired(this ILogger logger, long connection, long partner);

    [LoggerMessage(6, LogLevel.Information, "Connection {Connection} left; told connection {Partner}")]
    public static partial void PeerLeft(this ILogger logger, long connection, long partner);

    [LoggerMessage(7, LogLevel.Debug, "Connection {Connection} dropped ({Reason})")]
    public static partial void Dropped(this ILogger logger, long connection, string reason);
}

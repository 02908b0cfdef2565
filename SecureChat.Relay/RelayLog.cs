using Microsoft.Extensions.Logging;

namespace SecureChat.Relay;

/// <summary>
/// Everything the relay logs. Connection numbers, error codes and room tags only: never payloads, message contents,
/// room codes or client addresses, which is easiest to guarantee when no log call takes anything else. A room tag is
/// a keyed hash (<see cref="RoomTag"/>), good for correlating lines within one process and nothing more.
/// </summary>
internal static partial class RelayLog
{
    [LoggerMessage(1, LogLevel.Information, "Connection {Connection} opened")]
    public static partial void ConnectionOpened(this ILogger logger, long connection);

    [LoggerMessage(2, LogLevel.Information, "Connection {Connection} closed")]
    public static partial void ConnectionClosed(this ILogger logger, long connection);

    [LoggerMessage(3, LogLevel.Information, "Connection {Connection} refused with {Code} ({CodeNumber})")]
    public static partial void Refused(this ILogger logger, long connection, ErrorCode code, int codeNumber);

    [LoggerMessage(4, LogLevel.Debug, "Connection {Connection} is waiting for a peer in room {RoomTag}")]
    public static partial void Waiting(this ILogger logger, long connection, string roomTag);

    [LoggerMessage(5, LogLevel.Information, "Connection {Connection} paired with connection {Partner} in room {RoomTag}")]
    public static partial void Paired(this ILogger logger, long connection, long partner, string roomTag);

    [LoggerMessage(6, LogLevel.Information, "Connection {Connection} left; told connection {Partner}")]
    public static partial void PeerLeft(this ILogger logger, long connection, long partner);

    [LoggerMessage(7, LogLevel.Debug, "Connection {Connection} dropped ({Reason})")]
    public static partial void Dropped(this ILogger logger, long connection, string reason);

    [LoggerMessage(8, LogLevel.Information, "Room {RoomTag} expired waiting for a peer; closing connection {Connection}")]
    public static partial void RoomExpired(this ILogger logger, string roomTag, long connection);

    [LoggerMessage(9, LogLevel.Information, "Upgrade refused with {Code} ({CodeNumber})")]
    public static partial void UpgradeRefused(this ILogger logger, ErrorCode code, int codeNumber);

    [LoggerMessage(10, LogLevel.Information, "Shutting down: waiting up to {Grace} for {Open} connections to close")]
    public static partial void Draining(this ILogger logger, int open, TimeSpan grace);

    [LoggerMessage(11, LogLevel.Warning, "Shutdown grace period over ({Reason}): aborted {Aborted} connections")]
    public static partial void GraceElapsed(this ILogger logger, int aborted, string reason);

    [LoggerMessage(12, LogLevel.Information, "Backplane up (instance {Instance})")]
    public static partial void BackplaneUp(this ILogger logger, string instance);

    [LoggerMessage(13, LogLevel.Warning, "Backplane down (instance {Instance}): joins refused, cross-instance pairs ended")]
    public static partial void BackplaneDown(this ILogger logger, string instance);

    [LoggerMessage(14, LogLevel.Warning, "Instance {Instance} lost its lease: telling {Members} partners here")]
    public static partial void InstanceLost(this ILogger logger, string instance, int members);
}

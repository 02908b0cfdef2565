using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay;

/// <summary>
/// One connection's receive loop: classify each frame, then join, forward or refuse. Frames are handled one at a time,
/// so a peer's SIGNALs reach its partner in the order they were sent. Two deadlines can end a session from a timer:
/// no JOIN in time, and a room left waiting alone too long. With a Redis backplane, rooms live there instead of in the
/// <see cref="RoomRegistry"/>: see <c>RelaySession.Backplane.cs</c>.
/// </summary>
internal sealed partial class RelaySession(PeerConnection connection, RoomRegistry registry, RelayOptions options,
    FrameRateLimiter limiter, RelayMetrics metrics, TimeProvider time, ILogger logger, RedisBackplane? backplane = null)
{
    private const int NotJoined = 0;
    private const int Joined = 1;
    private const int JoinTimedOut = 2;

    private Room? _room;
    private ITimer? _roomExpiry;
    private int _joinState;

    /// <summary>Runs until the client closes, the connection drops, or the relay gives up on it.</summary>
    public async Task RunAsync(CancellationToken aborted)
    {
        using var reader = new FrameReader(connection.Socket, options.MaxFrameBytes);
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(aborted, connection.CloseDeadline);
        var clientClosed = false;
        try
        {
            while (true)
            {
                var kind = await reader.ReadAsync(receive.Token).ConfigureAwait(false);
                if (kind == InboundKind.Close)
                {
                    clientClosed = true;
                    break;
                }

                // After a refusal or PEER_LEFT the relay only waits for the client's close; late frames are dropped.
                if (!connection.IsClosing)
                {
                    await HandleAsync(kind, reader.Payload).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            logger.Dropped(connection.Id, e.GetType().Name);
        }
        finally
        {
            _roomExpiry?.Dispose();

            // Before the close reply: once the client sees its close answered, the room is already free.
            await LeaveRoomAsync().ConfigureAwait(false);
        }

        if (clientClosed)
        {
            await connection.EndAsync(default, WebSocketCloseStatus.NormalClosure, "bye").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Refuses a connection before its first frame (e.g. too many from its address), then drains it like any refused
    /// connection: late frames are dropped until the client answers the close or the close deadline passes.
    /// </summary>
    public async Task RefuseAndDrainAsync(ErrorCode code, CancellationToken aborted)
    {
        await EndWithErrorAsync(code).ConfigureAwait(false);
        await RunAsync(aborted).ConfigureAwait(false);
    }

    /// <summary>Called when the relay starts to shut down: tells the client Unavailable and closes.</summary>
    public void OnShutdown() => _ = EndWithErrorAsync(ErrorCode.Unavailable);

    /// <summary>Called when the connection's JOIN deadline passes: closes it unless it has joined by now.</summary>
    public void OnJoinDeadline()
    {
        if (Interlocked.CompareExchange(ref _joinState, JoinTimedOut, NotJoined) == NotJoined)
        {
            _ = EndWithErrorAsync(ErrorCode.JoinTimeout);
        }
    }

    /// <summary>
    /// Handles one received frame. A SIGNAL is forwarded as received (the same bytes, no copy) and, when the partner's
    /// socket takes it at once, without allocating: this is the relay's per-frame path, measured by
    /// SecureChat.Benchmarks' RelayForwardBenchmarks.
    /// </summary>
    internal ValueTask HandleAsync(InboundKind kind, ReadOnlyMemory<byte> payload)
    {
        if (!limiter.TryTake())
        {
            return new ValueTask(RefuseAsync(ErrorCode.FrameRateExceeded));
        }

        if (kind != InboundKind.Text)
        {
            return new ValueTask(RefuseAsync(kind == InboundKind.Binary ? ErrorCode.NotText : ErrorCode.FrameTooLarge));
        }

        var verdict = FrameInspector.Inspect(payload.Span);
        return verdict.Kind switch
        {
            FrameKind.Join => new ValueTask(JoinAsync(verdict.Room!)),
            FrameKind.Signal => ForwardAsync(payload),
            _ => new ValueTask(RefuseAsync(verdict.Error)),
        };
    }

    private async Task JoinAsync(string code)
    {
        if (_room is not null || _member is not null)
        {
            await RefuseAsync(ErrorCode.AlreadyJoined).ConfigureAwait(false);
            return;
        }

        // The JOIN deadline passed while this frame was on its way: the connection is already being closed.
        if (Interlocked.CompareExchange(ref _joinState, Joined, NotJoined) == JoinTimedOut)
        {
            return;
        }

        if (backplane is not null)
        {
            await JoinThroughBackplaneAsync(backplane, code).ConfigureAwait(false);
            return;
        }

        // Join while holding our own sends, so that our PEER_FOUND goes out before anything the partner sends us.
        var result = default(JoinResult);
        await connection.SendWhenAsync(
            () =>
            {
                result = registry.Join(code, connection);
                return result.Status == JoinStatus.Paired;
            },
            RelayFrames.PeerFound).ConfigureAwait(false);

        switch (result.Status)
        {
            case JoinStatus.Full:
                await RefuseAsync(ErrorCode.RoomFull).ConfigureAwait(false);
                break;
            case JoinStatus.RelayFull:
                await RefuseAsync(ErrorCode.RelayFull).ConfigureAwait(false);
                break;
            case JoinStatus.Waiting:
                _room = result.Room!;
                logger.Waiting(connection.Id, _room.Tag);
                var room = _room;
                _roomExpiry = time.CreateTimer(_ => ExpireRoom(room), null, options.RoomTimeToLive,
                    Timeout.InfiniteTimeSpan);
                break;
            case JoinStatus.Paired:
                _room = result.Room!;
                logger.Paired(connection.Id, result.Partner!.Id, _room.Tag);
                await result.Partner.SendAsync(RelayFrames.PeerFound).ConfigureAwait(false);
                break;
        }
    }

    private void ExpireRoom(Room room)
    {
        // False if a partner came (or this peer left) in the meantime: then there is nothing to expire.
        if (registry.TryExpire(room))
        {
            logger.RoomExpired(room.Tag, connection.Id);
            _ = EndWithErrorAsync(ErrorCode.RoomExpired);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask ForwardAsync(ReadOnlyMemory<byte> frame)
    {
        if (_member is not null)
        {
            await ForwardThroughBackplaneAsync(_member, frame).ConfigureAwait(false);
            return;
        }

        if (_room is null)
        {
            await RefuseAsync(ErrorCode.NotJoined).ConfigureAwait(false);
            return;
        }

        if (_room.PartnerOf(connection) is not { } partner)
        {
            await RefuseAsync(ErrorCode.NoPeer).ConfigureAwait(false);
            return;
        }

        // A partner that is going gets nothing more; its PEER_LEFT follows, so the frame is simply dropped.
        await partner.ForwardAsync(frame, metrics).ConfigureAwait(false);
    }

    private async Task RefuseAsync(ErrorCode code)
    {
        // A refused peer is done: free the room and its partner now, before the close handshake, so that by the
        // time the client sees the close the room code is usable again.
        await LeaveRoomAsync().ConfigureAwait(false);
        await EndWithErrorAsync(code).ConfigureAwait(false);
    }

    // Safe from a timer thread: it touches only the connection, whose sends are serialized, never the room.
    private Task<bool> EndWithErrorAsync(ErrorCode code) =>
        connection.EndAsync(Refusals.Frame(code), Refusals.CloseStatus(code), Refusals.Message(code), () =>
        {
            logger.Refused(connection.Id, code, (int)code);
            metrics.Rejected(code);
        });

    private async Task LeaveRoomAsync()
    {
        if (_member is not null)
        {
            await LeaveBackplaneAsync().ConfigureAwait(false);
            return;
        }

        if (_room is null)
        {
            return;
        }

        var partner = registry.Leave(_room, connection);
        _room = null;
        if (partner is not null
            && await partner.EndAsync(RelayFrames.PeerLeft, WebSocketCloseStatus.NormalClosure, "peer left")
                .ConfigureAwait(false))
        {
            logger.PeerLeft(connection.Id, partner.Id);
        }
    }
}

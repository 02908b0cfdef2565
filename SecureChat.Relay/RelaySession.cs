using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace SecureChat.Relay;

/// <summary>
/// One connection's receive loop: classify each frame, then join, forward or refuse. Frames are handled one at a time,
/// so a peer's SIGNALs reach its partner in the order they were sent.
/// </summary>
internal sealed class RelaySession(PeerConnection connection, RoomRegistry registry, RelayOptions options,
    ILogger logger)
{
    private Room? _room;

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
            // Before the close reply: once the client sees its close answered, the room is already free.
            await LeaveRoomAsync().ConfigureAwait(false);
        }

        if (clientClosed)
        {
            await connection.EndAsync(default, WebSocketCloseStatus.NormalClosure, "bye").ConfigureAwait(false);
        }
    }

    private Task HandleAsync(InboundKind kind, ReadOnlyMemory<byte> payload)
    {
        if (kind != InboundKind.Text)
        {
            return RefuseAsync(kind == InboundKind.Binary ? ErrorCode.NotText : ErrorCode.FrameTooLarge);
        }

        var verdict = FrameInspector.Inspect(payload.Span);
        return verdict.Kind switch
        {
            FrameKind.Join => JoinAsync(verdict.Room!),
            FrameKind.Signal => ForwardAsync(payload),
            _ => RefuseAsync(verdict.Error),
        };
    }

    private async Task JoinAsync(string code)
    {
        if (_room is not null)
        {
            await RefuseAsync(ErrorCode.AlreadyJoined).ConfigureAwait(false);
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
            case JoinStatus.Waiting:
                _room = result.Room;
                logger.Waiting(connection.Id);
                break;
            case JoinStatus.Paired:
                _room = result.Room;
                logger.Paired(connection.Id, result.Partner!.Id);
                await result.Partner.SendAsync(RelayFrames.PeerFound).ConfigureAwait(false);
                break;
        }
    }

    private async Task ForwardAsync(ReadOnlyMemory<byte> frame)
    {
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

        // A failed send means the partner is going; its PEER_LEFT follows, so the frame is simply dropped.
        await partner.SendAsync(frame).ConfigureAwait(false);
    }

    private async Task RefuseAsync(ErrorCode code)
    {
        logger.Refused(connection.Id, code, (int)code);

        // A refused peer is done: free the room and its partner now, before the close handshake, so that by the
        // time the client sees the close the room code is usable again.
        await LeaveRoomAsync().ConfigureAwait(false);
        await connection.EndAsync(Refusals.Frame(code), Refusals.CloseStatus(code), Refusals.Message(code))
            .ConfigureAwait(false);
    }

    private async Task LeaveRoomAsync()
    {
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

using Microsoft.Extensions.Logging;
using SecureChat.Relay.Backplane;

namespace SecureChat.Relay;

/// <summary>
/// The session's moves when rooms live in Redis (<see cref="RedisBackplane"/>): join atomically across instances,
/// forward to a partner that may be on another instance, and tell it when leaving. The partner's frames reach this
/// session's client through its <see cref="BackplaneMember"/> inbox.
/// </summary>
internal sealed partial class RelaySession
{
    private BackplaneMember? _member;

    private async Task JoinThroughBackplaneAsync(RedisBackplane rooms, string code)
    {
        if (!rooms.IsUp)
        {
            await RefuseAsync(ErrorCode.BackplaneUnavailable).ConfigureAwait(false);
            return;
        }

        // Reachable before the JOIN runs: a partner may send Found the moment the room lists this member.
        if (rooms.TryRegister(code, connection, metrics, logger, EndWithErrorAsync) is not { } member)
        {
            await RefuseAsync(ErrorCode.RelayFull).ConfigureAwait(false);
            return;
        }

        BackplaneJoin result;
        try
        {
            result = await rooms.JoinAsync(member).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisBackplane.IsRedisFailure(e))
        {
            rooms.Unregister(member);
            await RefuseAsync(ErrorCode.BackplaneUnavailable).ConfigureAwait(false);
            return;
        }

        if (result.Status == JoinStatus.Full)
        {
            rooms.Unregister(member);
            await RefuseAsync(ErrorCode.RoomFull).ConfigureAwait(false);
            return;
        }

        _member = member;
        var tag = RoomTag.Of(code);
        if (result.First is not { } first)
        {
            logger.Waiting(connection.Id, tag);
            _roomExpiry = time.CreateTimer(_ => _ = ExpireBackplaneRoomAsync(rooms, member, tag), null,
                options.RoomTimeToLive, Timeout.InfiniteTimeSpan);
            return;
        }

        // Our PEER_FOUND goes out before the partner learns of us, so before anything it can send us.
        await connection.SendWhenAsync(
            () =>
            {
                member.PairWith(first);
                return true;
            },
            RelayFrames.PeerFound).ConfigureAwait(false);
        logger.Paired(connection.Id, first.Connection, tag);
        var found = new BackplaneMessage(BackplaneMessageKind.Found, first.Connection, member.Address, default);
        await AfterSendAsync(member, first, await rooms.SendAsync(first, found).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    private async Task ExpireBackplaneRoomAsync(RedisBackplane rooms, BackplaneMember member, string tag)
    {
        try
        {
            if (!await rooms.TryExpireAsync(member).ConfigureAwait(false))
            {
                return;
            }
        }
        catch (Exception e) when (RedisBackplane.IsRedisFailure(e))
        {
            // The backplane is down: the member has been (or is being) refused with BackplaneUnavailable.
            return;
        }

        logger.RoomExpired(tag, connection.Id);
        await EndWithErrorAsync(ErrorCode.RoomExpired).ConfigureAwait(false);
    }

    private async Task ForwardThroughBackplaneAsync(BackplaneMember member, ReadOnlyMemory<byte> frame)
    {
        if (member.Partner is not { } partner)
        {
            await RefuseAsync(ErrorCode.NoPeer).ConfigureAwait(false);
            return;
        }

        // A partner that is going gets nothing more; its PEER_LEFT is on its way to us.
        if (member.PartnerGone)
        {
            return;
        }

        var signal = new BackplaneMessage(BackplaneMessageKind.Signal, partner.Connection, member.Address, frame);
        await AfterSendAsync(member, partner, await backplane!.SendAsync(partner, signal).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    // Nothing is dropped silently: a partner that is gone means PEER_LEFT here, a lost Redis an error.
    private async Task AfterSendAsync(BackplaneMember member, MemberAddress partner, BackplaneDelivery delivery)
    {
        switch (delivery)
        {
            case BackplaneDelivery.Gone:
                member.Post(new BackplaneMessage(BackplaneMessageKind.Left, member.Address.Connection, partner, default));
                break;
            case BackplaneDelivery.Failed:
                await RefuseAsync(ErrorCode.BackplaneUnavailable).ConfigureAwait(false);
                break;
        }
    }

    private async Task LeaveBackplaneAsync()
    {
        var member = _member!;
        _member = null;
        var listed = await backplane!.LeaveAsync(member).ConfigureAwait(false);
        backplane.Unregister(member);

        // The room's other member, if it listed one; else the partner we know (it may have freed the room first).
        HashSet<MemberAddress> tell = [.. listed.Where(other => other != member.Address)];
        if (member.Partner is { } partner && !member.PartnerGone)
        {
            tell.Add(partner);
        }

        foreach (var other in tell)
        {
            var left = new BackplaneMessage(BackplaneMessageKind.Left, other.Connection, member.Address, default);
            await backplane.SendAsync(other, left).ConfigureAwait(false);
        }
    }
}

using StackExchange.Redis;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// Liveness. Every <see cref="RelayOptions.BackplaneHeartbeat"/> an instance renews its lease key and its members'
/// room keys for <see cref="RelayOptions.BackplaneLease"/>, then checks the lease of each instance its members'
/// partners live on: a partner whose instance died gets its local peer PEER_LEFT, and the dead instance's own rooms
/// simply expire. Losing Redis (a failed heartbeat, publish, or any connection failure) marks the backplane down:
/// <c>/readyz</c> fails, joins are refused, and every member not paired with a local peer is refused with
/// BackplaneUnavailable, since messages published meanwhile may have been lost.
/// </summary>
internal sealed partial class RedisBackplane
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _heartbeat = Task.CompletedTask;
    private ChannelMessageQueue? _inbox;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(_options.Redis);
        // Keep trying in the background when Redis is not there yet, and fail commands at once while it is away,
        // instead of queueing them: a relay that cannot reach Redis must say so to its clients, not stall them.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "securechat-relay";
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        _redis.ConnectionFailed += (_, _) => MarkDown();

        // Redis may not be there yet: then the relay starts not ready, and the heartbeat keeps trying.
        await BeatAsync().ConfigureAwait(false);
        _heartbeat = RunHeartbeatAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _heartbeat.ConfigureAwait(false);
        if (_redis is not null && IsUp)
        {
            try
            {
                // Partners elsewhere were told PEER_LEFT by the drain; this only spares them the wait for the lease.
                await Database.KeyDeleteAsync(RoomKeys.Alive(InstanceId)).ConfigureAwait(false);
            }
            catch (Exception e) when (IsRedisFailure(e))
            {
                // Going anyway: the lease expires by itself.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task RunHeartbeatAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_options.BackplaneHeartbeat, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                await BeatAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task BeatAsync()
    {
        var members = _members.Values.ToArray();
        try
        {
            // Once subscribed, the client itself subscribes again after a reconnect.
            if (_inbox is null)
            {
                _inbox = await Redis.GetSubscriber().SubscribeAsync(RoomKeys.Inbox(InstanceId)).ConfigureAwait(false);
                _inbox.OnMessage(OnMessage);
            }

            var database = Database;
            var lease = _options.BackplaneLease;
            var batch = database.CreateBatch();
            var alive = batch.StringSetAsync(RoomKeys.Alive(InstanceId), "1", lease);
            var rooms = members.Select(member => batch.KeyExpireAsync(member.Room, lease)).ToArray();
            batch.Execute();
            await alive.ConfigureAwait(false);
            await Task.WhenAll(rooms).ConfigureAwait(false);
            if (Redis.IsConnected && Interlocked.Exchange(ref _up, 1) == 0)
            {
                _logger.BackplaneUp(InstanceId[..8]);
            }

            await SweepAsync(database, members).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            MarkDown();
        }
    }

    // A partner on an instance whose lease has run out is gone: its peer here is told, as if it had left.
    private async Task SweepAsync(IDatabase database, BackplaneMember[] members)
    {
        var partners = members
            .Where(member => member.Partner is { } partner && partner.Instance != InstanceId && !member.PartnerGone)
            .GroupBy(member => member.Partner!.Instance)
            .ToArray();
        if (partners.Length == 0)
        {
            return;
        }

        var batch = database.CreateBatch();
        var leases = partners.Select(group => batch.KeyExistsAsync(RoomKeys.Alive(group.Key))).ToArray();
        batch.Execute();
        var alive = await Task.WhenAll(leases).ConfigureAwait(false);
        for (var i = 0; i < partners.Length; i++)
        {
            if (alive[i])
            {
                continue;
            }

            _logger.InstanceLost(partners[i].Key[..8], partners[i].Count());
            foreach (var member in partners[i])
            {
                member.Post(new BackplaneMessage(BackplaneMessageKind.Left, member.Address.Connection, member.Partner!,
                    ReadOnlyMemory<byte>.Empty));
            }
        }
    }

    private void MarkDown()
    {
        if (Interlocked.Exchange(ref _up, 0) == 0)
        {
            return;
        }

        _logger.BackplaneDown(InstanceId[..8]);
        foreach (var member in _members.Values)
        {
            // A pair of peers on this instance needs no Redis: it goes on. Anyone else may have lost messages.
            if (member.Partner is not { } partner || partner.Instance != InstanceId)
            {
                member.Post(new BackplaneMessage(BackplaneMessageKind.Lost, member.Address.Connection, member.Address,
                    ReadOnlyMemory<byte>.Empty));
            }
        }
    }
}

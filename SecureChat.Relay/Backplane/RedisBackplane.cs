using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// Rooms shared by several relay instances through Redis. A room is a Redis list of at most two members
/// (<see cref="RoomScripts"/>); frames for a member on another instance travel on that instance's pub/sub channel,
/// which Redis delivers in the order they were published; members on this instance are reached in memory, so a pair
/// of local peers goes on working without Redis. Liveness: see the other half of this class, in
/// <c>RedisBackplane.Heartbeat.cs</c>.
/// </summary>
internal sealed partial class RedisBackplane : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, BackplaneMember> _members = new();
    private readonly RelayOptions _options;
    private readonly RoomKeys _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisBackplane> _logger;
    private ConnectionMultiplexer? _redis;
    private int _up;
    private int _memberCount;

    public RedisBackplane(IOptions<RelayOptions> options, TimeProvider time, ILogger<RedisBackplane> logger)
    {
        _options = options.Value;
        _keys = new RoomKeys(_options.RoomKeySecret);
        _time = time;
        _logger = logger;
    }

    /// <summary>This instance's id, random per process.</summary>
    public string InstanceId { get; } = MemberAddress.NewInstanceId();

    /// <summary>Whether Redis answered the last heartbeat and no connection to it has failed since.</summary>
    public bool IsUp => Volatile.Read(ref _up) == 1;

    /// <summary>
    /// The rooms this instance's members are in: waiting alone, or paired (a pair on one instance counts once; a pair
    /// across two counts on each, so a sum over instances overcounts those).
    /// </summary>
    public (int Waiting, int Paired) Counts
    {
        get
        {
            var members = _members.Values.ToArray();
            var waiting = members.Count(member => member.Partner is null);
            var paired = members.Where(member => member.Partner is not null).Select(member => member.Room).Distinct()
                .Count();
            return (waiting, paired);
        }
    }

    private IDatabase Database => Redis.GetDatabase();

    private ConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("The backplane has not started.");

    /// <summary>Whether <paramref name="e"/> means Redis could not be reached or answer (not a bug here).</summary>
    public static bool IsRedisFailure(Exception e) =>
        e is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>
    /// Makes a member for <paramref name="connection"/> in room <paramref name="code"/>, reachable at once; or
    /// <see langword="null"/> when this instance already holds as many members as <see cref="RelayOptions.MaxRooms"/>
    /// rooms of two would (the same memory bound as without a backplane).
    /// </summary>
    public BackplaneMember? TryRegister(string code, PeerConnection connection, RelayMetrics metrics, ILogger logger,
        Func<ErrorCode, Task<bool>> endWithError)
    {
        if (Interlocked.Increment(ref _memberCount) > 2L * _options.MaxRooms)
        {
            Interlocked.Decrement(ref _memberCount);
            return null;
        }

        var member = new BackplaneMember(new MemberAddress(InstanceId, connection.Id), _keys.Room(code), connection,
            metrics, logger, endWithError);
        _members[connection.Id] = member;
        return member;
    }

    /// <summary>Makes <paramref name="member"/> unreachable and ends its inbox.</summary>
    public void Unregister(BackplaneMember member)
    {
        if (_members.TryRemove(new KeyValuePair<long, BackplaneMember>(member.Address.Connection, member)))
        {
            Interlocked.Decrement(ref _memberCount);
        }

        member.Close();
    }

    /// <summary>Adds <paramref name="member"/> to its room, atomically across instances. Throws on Redis failure.</summary>
    public async Task<BackplaneJoin> JoinAsync(BackplaneMember member)
    {
        var result = (RedisResult[])(await Database.ScriptEvaluateAsync(RoomScripts.Join, [member.Room],
            [member.Address.ToString(), (long)_options.BackplaneLease.TotalMilliseconds]).ConfigureAwait(false))!;
        return (int)result[0] switch
        {
            0 => new BackplaneJoin(JoinStatus.Waiting, null),
            1 when MemberAddress.Parse((string?)result[1]) is { } first => new BackplaneJoin(JoinStatus.Paired, first),
            _ => new BackplaneJoin(JoinStatus.Full, null),
        };
    }

    /// <summary>Deletes the member's room if it is still listed there; returns the members it had (none on failure).</summary>
    public async Task<IReadOnlyList<MemberAddress>> LeaveAsync(BackplaneMember member)
    {
        try
        {
            var result = (RedisResult[])(await Database.ScriptEvaluateAsync(RoomScripts.Leave, [member.Room],
                [member.Address.ToString()]).ConfigureAwait(false))!;
            return [.. result.Select(m => MemberAddress.Parse((string?)m)).OfType<MemberAddress>()];
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            // Redis is gone: its rooms are lost with it, and the room key expires with the lease in any case.
            return [];
        }
    }

    /// <summary>Frees the member's room if it still waits there alone. Throws on Redis failure.</summary>
    public async Task<bool> TryExpireAsync(BackplaneMember member) =>
        (int)await Database.ScriptEvaluateAsync(RoomScripts.ExpireIfWaiting, [member.Room],
            [member.Address.ToString()]).ConfigureAwait(false) == 1;

    /// <summary>
    /// Sends <paramref name="message"/> to the member at <paramref name="target"/>: in memory if it is on this
    /// instance, else on its instance's channel. Awaited per frame, so one sender's frames keep their order.
    /// </summary>
    public async Task<BackplaneDelivery> SendAsync(MemberAddress target, BackplaneMessage message)
    {
        if (target.Instance == InstanceId)
        {
            if (!_members.TryGetValue(target.Connection, out var member))
            {
                return BackplaneDelivery.Gone;
            }

            // The sender reuses its receive buffer for the next frame: the inbox keeps its own copy.
            member.Post(message with { Payload = message.Payload.ToArray() });
            return BackplaneDelivery.Delivered;
        }

        try
        {
            var receivers = await Redis.GetSubscriber().PublishAsync(RoomKeys.Inbox(target.Instance), message.Encode())
                .ConfigureAwait(false);
            return receivers > 0 ? BackplaneDelivery.Delivered : BackplaneDelivery.Gone;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            MarkDown();
            return BackplaneDelivery.Failed;
        }
    }

    private void OnMessage(ChannelMessage received)
    {
        if (!BackplaneMessage.TryDecode((byte[]?)received.Message, out var message))
        {
            return;
        }

        if (_members.TryGetValue(message.Target, out var member))
        {
            member.Post(message);
        }
        else if (message.Kind != BackplaneMessageKind.Left)
        {
            // The target is gone: tell the sender, so that it is not left talking to no one. Never answer a Left.
            var reply = new BackplaneMessage(BackplaneMessageKind.Left, message.Source.Connection,
                new MemberAddress(InstanceId, message.Target), ReadOnlyMemory<byte>.Empty);
            _ = SendAsync(message.Source, reply);
        }
    }
}

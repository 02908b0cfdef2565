using System.Net.WebSockets;
using System.Threading.Channels;
using StackExchange.Redis;

namespace SecureChat.Relay.Backplane;

/// <summary>
/// One connection's place in a Redis-backed room. Everything addressed to it (PEER_FOUND, the partner's SIGNALs,
/// PEER_LEFT, loss of the backplane) goes through one ordered inbox with its own pump, so a slow client delays only
/// itself, and its partner's frames reach it in the order they were sent.
/// </summary>
internal sealed class BackplaneMember
{
    private readonly Channel<BackplaneMessage> _inbox =
        Channel.CreateUnbounded<BackplaneMessage>(new UnboundedChannelOptions { SingleReader = true });

    private readonly PeerConnection _connection;
    private readonly RelayMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Func<ErrorCode, Task<bool>> _endWithError;
    private volatile MemberAddress? _partner;
    private volatile bool _partnerGone;

    public BackplaneMember(MemberAddress address, RedisKey room, PeerConnection connection, RelayMetrics metrics,
        ILogger logger, Func<ErrorCode, Task<bool>> endWithError)
    {
        Address = address;
        Room = room;
        _connection = connection;
        _metrics = metrics;
        _logger = logger;
        _endWithError = endWithError;
        _ = PumpAsync();
    }

    /// <summary>This member's own address.</summary>
    public MemberAddress Address { get; }

    /// <summary>Its room's key in Redis.</summary>
    public RedisKey Room { get; }

    /// <summary>The partner, once paired; <see langword="null"/> while waiting alone.</summary>
    public MemberAddress? Partner => _partner;

    /// <summary>Whether the partner is known to be gone (it said so, or its instance died): tell it nothing more.</summary>
    public bool PartnerGone => _partnerGone;

    /// <summary>Records the partner found by this member's own JOIN (the second joiner's side).</summary>
    public void PairWith(MemberAddress partner) => _partner = partner;

    /// <summary>Queues a message for this member's client; ignored once the inbox is closed.</summary>
    public void Post(BackplaneMessage message) => _inbox.Writer.TryWrite(message);

    /// <summary>Takes no more messages; the pump ends after those already queued.</summary>
    public void Close() => _inbox.Writer.TryComplete();

    // Runs until Close, draining what was queued; sends after the connection ended are no-ops (PeerConnection).
    private async Task PumpAsync()
    {
        await foreach (var message in _inbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await HandleAsync(message).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(BackplaneMessage message)
    {
        switch (message.Kind)
        {
            case BackplaneMessageKind.Found:
                _partner = message.Source;
                await _connection.SendAsync(RelayFrames.PeerFound).ConfigureAwait(false);
                break;
            case BackplaneMessageKind.Signal:
                // Counted under the connection's send lock, before the write, as on the in-memory path.
                await _connection.ForwardAsync(message.Payload, _metrics).ConfigureAwait(false);
                break;
            case BackplaneMessageKind.Left:
                // Only the partner's (or an unpaired joiner's) word counts: a stale Left from an older room is ignored.
                if (_partner is { } partner && partner != message.Source)
                {
                    break;
                }

                _partnerGone = true;
                if (await _connection.EndAsync(RelayFrames.PeerLeft, WebSocketCloseStatus.NormalClosure, "peer left")
                        .ConfigureAwait(false))
                {
                    _logger.PeerLeft(message.Source.Connection, _connection.Id);
                }

                break;
            case BackplaneMessageKind.Lost:
                _partnerGone = true;
                await _endWithError(ErrorCode.BackplaneUnavailable).ConfigureAwait(false);
                break;
        }
    }
}

using System.Diagnostics;
using System.Text;

namespace SecureChat.LoadTest;

/// <summary>
/// One side of a pair in flow mode: sends its direction's frames, and checks the partner's frames as they arrive.
/// With a window, each send waits for a slot that the partner's receiver frees when the frame arrives.
/// </summary>
internal sealed class PeerClient : IDisposable
{
    private readonly RelayConnection _connection;
    private readonly LoadTestOptions _options;
    private readonly RunTally _tally;
    private readonly int _pair;
    private readonly int _direction;
    private readonly byte[] _frame;
    private readonly long[] _latencyTicks;

    public PeerClient(int pair, int direction, LoadTestOptions options, RunTally tally)
    {
        _pair = pair;
        _direction = direction;
        _options = options;
        _tally = tally;
        _connection = new RelayConnection(options.Size);
        _frame = SignalFrame.CreateTemplate(options.Size);
        _latencyTicks = new long[options.Messages];
        Incoming = new SequenceTracker(options.Messages);
        Window = options.Window > 0 ? new SemaphoreSlim(options.Window, int.MaxValue) : null;
    }

    /// <summary>The partner's frames as this side saw them.</summary>
    public SequenceTracker Incoming { get; }

    /// <summary>Slots for this side's frames in flight; null when unbounded.</summary>
    public SemaphoreSlim? Window { get; }

    public PeerClient? Partner { get; set; }

    /// <summary>Stopwatch ticks from send to arrival, one per new frame received.</summary>
    public ReadOnlySpan<long> LatencyTicks => _latencyTicks.AsSpan(0, Incoming.Received);

    public async Task JoinAsync(string room, CancellationToken cancel)
    {
        await _connection.ConnectAsync(_options.Url, cancel).ConfigureAwait(false);
        var join = Encoding.UTF8.GetBytes($$"""{"type":"JOIN","room":"{{room}}"}""");
        await _connection.SendAsync(join, cancel).ConfigureAwait(false);
    }

    public async Task<bool> AwaitPeerFoundAsync(CancellationToken cancel)
    {
        if (!await _connection.ReceiveAsync(cancel).ConfigureAwait(false))
        {
            _tally.Error($"pair {_pair}: the relay closed before PEER_FOUND");
            return false;
        }

        var kind = InboundFrame.Classify(_connection.Message, out _);
        if (kind != InboundKind.PeerFound)
        {
            _tally.Error($"pair {_pair}: {Describe(kind)} before PEER_FOUND");
        }

        return kind == InboundKind.PeerFound;
    }

    /// <summary>Sends frames 0..M-1, then the end marker (sequence M), outside the window.</summary>
    public async Task<bool> SendAllAsync(CancellationToken cancel)
    {
        for (var sequence = 0; sequence <= _options.Messages; sequence++)
        {
            if (Window is not null && sequence < _options.Messages)
            {
                await Window.WaitAsync(cancel).ConfigureAwait(false);
            }

            SignalFrame.Stamp(_frame, new FrameStamp(_pair, _direction, sequence, Stopwatch.GetTimestamp()));
            await _connection.SendAsync(_frame, cancel).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Receives until the partner's end marker; false (and an error) on anything that ends the run early.</summary>
    public async Task<bool> ReceiveAllAsync(CancellationToken cancel)
    {
        var expectedDirection = 1 - _direction;
        while (await _connection.ReceiveAsync(cancel).ConfigureAwait(false))
        {
            var arrived = Stopwatch.GetTimestamp();
            var kind = InboundFrame.Classify(_connection.Message, out var stamp);
            if (kind != InboundKind.Signal)
            {
                _tally.Error($"pair {_pair}: {Describe(kind)} during the run");
                return false;
            }

            if (stamp.Pair != _pair || stamp.Direction != expectedDirection)
            {
                _tally.Misroute();
            }
            else if (stamp.Sequence == _options.Messages)
            {
                return true;
            }
            else if (Incoming.Record(stamp.Sequence))
            {
                _latencyTicks[Incoming.Received - 1] = arrived - stamp.Timestamp;
                Partner?.Window?.Release();
            }
        }

        _tally.Error($"pair {_pair}: the relay closed the connection during the run");
        return false;
    }

    public Task CloseAsync() => _connection.CloseAsync();

    public void Dispose()
    {
        _connection.Dispose();
        Window?.Dispose();
    }

    private static string Describe(InboundKind kind) => kind switch
    {
        InboundKind.PeerFound => "PEER_FOUND",
        InboundKind.PeerLeft => "PEER_LEFT",
        InboundKind.Error => "ERROR",
        InboundKind.Signal or InboundKind.ForeignSignal => "SIGNAL",
        _ => "an unreadable frame",
    };
}

using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using SecureChat.Relay;

namespace SecureChat.Benchmarks.Relay;

/// <summary>
/// The relay's per-frame path for one 256-byte SIGNAL between two joined peers, on real <see cref="WebSocket"/>s
/// (<see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>) over an in-memory
/// <see cref="ReplayStream"/>: <see cref="Forward"/> is inspect + rate limit + route + the partner's send (frame
/// encoding included); <see cref="ReceiveAndForward"/> adds the receive (unmasking, the pooled buffer) in front, so
/// it is one turn of the session's receive loop. The claim to check is in the Allocated column: 0 B per frame.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; [GlobalCleanup] disposes the sockets and readers.")]
public class RelayForwardBenchmarks
{
    /// <summary>The frame size of the relay throughput load test (bench/run-relay-comparison.sh).</summary>
    public const int FrameSize = 256;

    private readonly CancellationTokenSource _receiving = new();
    private WebSocket? _socketA;
    private WebSocket? _socketB;
    private FrameReader? _reader;
    private PeerConnection? _a;
    private PeerConnection? _b;
    private RelaySession? _session;
    private byte[] _signal = [];

    [GlobalSetup]
    public void Setup()
    {
        _signal = Signal(FrameSize);

        // No rate limit to trip in millions of frames; everything else as shipped.
        var options = new RelayOptions { FrameBurst = int.MaxValue, FramesPerSecond = int.MaxValue };
        var registry = new RoomRegistry(options.MaxRooms);
        var metrics = new RelayMetrics(registry, new OpenConnections());
        _socketA = ServerSocket(ClientWire(_signal));
        _socketB = ServerSocket([0x81, 0x80, 0, 0, 0, 0]); // never read: B only receives what A sends
        _a = new PeerConnection(_socketA, options);
        _b = new PeerConnection(_socketB, options);
        _session = Session(_a, registry, options, metrics);
        var sessionB = Session(_b, registry, options, metrics);

        var join = """{"type":"JOIN","room":"BENCHROOM0001"}"""u8.ToArray();
        Complete(_session.HandleAsync(InboundKind.Text, join));
        Complete(sessionB.HandleAsync(InboundKind.Text, join));
        if (registry.Counts.Paired != 1)
        {
            throw new InvalidOperationException("The two benchmark peers did not pair.");
        }

        _reader = new FrameReader(_socketA, options.MaxFrameBytes);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // A refused frame would close a peer: then the numbers measured a refusal, not a forward.
        if (_a!.IsClosing || _b!.IsClosing)
        {
            throw new InvalidOperationException("A benchmark peer was closed: frames were refused, not forwarded.");
        }

        _reader?.Dispose();
        _socketA?.Dispose();
        _socketB?.Dispose();
        _receiving.Dispose();
    }

    /// <summary>Inspect, rate-limit and route a received SIGNAL, and hand it to the partner's socket.</summary>
    [Benchmark(Baseline = true)]
    public ValueTask Forward() => _session!.HandleAsync(InboundKind.Text, _signal);

    /// <summary>One turn of the receive loop: receive a client's masked SIGNAL, then <see cref="Forward"/> it.</summary>
    [Benchmark]
    public async ValueTask ReceiveAndForward()
    {
        var kind = await _reader!.ReadAsync(_receiving.Token).ConfigureAwait(false);
        await _session!.HandleAsync(kind, _reader.Payload).ConfigureAwait(false);
    }

    private static RelaySession Session(PeerConnection connection, RoomRegistry registry, RelayOptions options,
        RelayMetrics metrics) =>
        new(connection, registry, options, new FrameRateLimiter(options, TimeProvider.System), metrics,
            TimeProvider.System, NullLogger.Instance);

    private static WebSocket ServerSocket(byte[] wire) =>
        WebSocket.CreateFromStream(new ReplayStream(wire),
            new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = Timeout.InfiniteTimeSpan });

    // What a client puts on the wire for one text message: header, mask key, masked payload.
    private static byte[] ClientWire(byte[] payload)
    {
        using var wire = new MemoryStream();
        using var client = WebSocket.CreateFromStream(wire,
            new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = Timeout.InfiniteTimeSpan });
        Complete(client.SendAsync(payload.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None));
        return wire.ToArray();
    }

    // A SIGNAL shaped like the load test's, exactly `size` bytes of JSON.
    private static byte[] Signal(int size)
    {
        const string Head = "{\"type\":\"SIGNAL\",\"data\":\"";
        const string Tail = "\"}";
        return Encoding.UTF8.GetBytes(Head + new string('x', size - Head.Length - Tail.Length) + Tail);
    }

    private static void Complete(ValueTask pending)
    {
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }
}

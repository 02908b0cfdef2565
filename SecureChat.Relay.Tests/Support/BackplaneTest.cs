using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Net.WebSockets;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// Base for scale-out tests: a real redis-server of their own, and two relay instances (in-process, real clock)
/// sharing it, with a short heartbeat and lease so that a dead instance is noticed in about two seconds. The lease
/// is ten heartbeats: on a loaded 2-core machine a live instance must never miss it.
/// </summary>
public abstract class BackplaneTest : IAsyncLifetime
{
    /// <summary>The heartbeat and lease every instance in these tests runs with.</summary>
    internal static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(200);

    internal static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    /// <summary>The room-key secret every instance of a test shares.</summary>
    internal const string RoomKeySecret = "test-secret-shared-by-every-instance-0123456789";

    private readonly List<RelayClient> _clients = [];
    private readonly List<IAsyncDisposable> _relays = [];
    private RedisServer? _redis;

    internal RedisServer Redis => _redis ?? throw new InvalidOperationException("Redis has not started.");

    internal RunningRelay One { get; private set; } = null!;

    internal RunningRelay Two { get; private set; } = null!;

    /// <summary>What an instance needs to join this test's backplane (and no rate limits to trip over).</summary>
    internal string[] InstanceArgs =>
    [
        $"--Relay:Redis={Redis.ConnectionString}",
        $"--Relay:RoomKeySecret={RoomKeySecret}",
        $"--Relay:BackplaneHeartbeat={Heartbeat}",
        $"--Relay:BackplaneLease={Lease}",
        "--Relay:FramesPerSecond=100000",
        "--Relay:FrameBurst=100000",
        "--Relay:MaxConnectionsPerAddress=1000",
    ];

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        One = await StartInstanceAsync();
        Two = await StartInstanceAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var client in _clients)
            {
                await client.DisposeAsync();
            }

            foreach (var relay in _relays)
            {
                await relay.DisposeAsync();
            }
        }
        finally
        {
            // Whatever failed above, the redis-server this test started does not outlive it.
            if (_redis is not null)
            {
                await _redis.DisposeAsync();
            }
        }
    }

    /// <summary>Starts another instance on this test's Redis; stopped after the test's clients are dropped.</summary>
    internal Task<RunningRelay> StartInstanceAsync(params string[] extraArgs) => StartInstanceAsync(null, extraArgs);

    /// <summary>Starts an instance while Redis is down: it cannot become ready, so nothing waits for that.</summary>
    internal async Task<RunningRelay> StartInstanceWithoutRedisAsync()
    {
        var relay = await RunningRelay.StartAsync([.. InstanceArgs], configure: null);
        _relays.Add(relay);
        return relay;
    }

    /// <summary>As <see cref="StartInstanceAsync(string[])"/>, with a last word on the host (e.g. a log capture).</summary>
    internal async Task<RunningRelay> StartInstanceAsync(Action<WebApplicationBuilder>? configure,
        params string[] extraArgs)
    {
        var relay = await RunningRelay.StartAsync([.. InstanceArgs, .. extraArgs], configure);
        _relays.Add(relay);
        // The backplane connects in the background: a JOIN before that is refused (BackplaneUnavailable), so tests
        // begin only once the instance says it is ready.
        await ReadyzBecomesAsync(relay, HttpStatusCode.OK);
        return relay;
    }

    internal async Task<RelayProcess> StartProcessAsync()
    {
        var relay = await RelayProcess.StartAsync(InstanceArgs);
        _relays.Add(relay);
        return relay;
    }

    internal Task<RelayClient> ConnectAsync(RunningRelay relay) => ConnectAsync(relay.WebSocketUri);

    internal async Task<RelayClient> ConnectAsync(Uri relay)
    {
        var client = await RelayClient.ConnectAsync(relay);
        _clients.Add(client);
        return client;
    }

    /// <summary>Pairs a client on <paramref name="first"/> with one on <paramref name="second"/>; both saw PEER_FOUND.</summary>
    internal async Task<(RelayClient A, RelayClient B)> PairAsync(Uri first, Uri second, string? room = null)
    {
        room ??= Rooms.NewCode();
        var a = await ConnectAsync(first);
        var b = await ConnectAsync(second);
        await a.JoinAsync(room);
        await b.JoinAsync(room);
        await a.ExpectTypeAsync("PEER_FOUND");
        await b.ExpectTypeAsync("PEER_FOUND");
        return (a, b);
    }

    /// <summary>
    /// Polls <c>/readyz</c> until it answers <paramref name="expected"/>: readiness follows Redis on the heartbeat's
    /// schedule, and there is no frame to await for it. Bounded by <see cref="RelayClient.Patience"/>.
    /// </summary>
    internal static async Task ReadyzBecomesAsync(RunningRelay relay, HttpStatusCode expected)
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };
        using var patience = new CancellationTokenSource(RelayClient.Patience);
        while (true)
        {
            using var response = await http.GetAsync(new Uri(relay.HttpUri, "/readyz"), patience.Token);
            if (response.StatusCode == expected)
            {
                return;
            }

            await Task.Delay(Heartbeat / 4, patience.Token);
        }
    }

    internal static string Numbered(string from, int n) => $$"""{"type":"SIGNAL","from":"{{from}}","n":{{n}}}""";

    internal static async Task SendNumberedAsync(RelayClient client, string from, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.SendAsync(Numbered(from, i));
        }
    }

    /// <summary>Expects exactly frames 0..count-1 from <paramref name="from"/>, in order: none lost, doubled or foreign.</summary>
    internal static async Task ExpectNumberedAsync(RelayClient client, string from, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var received = await client.ReceiveAsync();
            Assert.Equal(WebSocketMessageType.Text, received.Type);
            Assert.Equal(Numbered(from, i), received.Text);
        }
    }
}

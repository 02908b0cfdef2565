using Microsoft.Extensions.DependencyInjection;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// Base for tests through the real host: xunit makes one instance per test, so each test gets its own relay on a
/// free port, and every client it opened is dropped before that relay stops.
/// </summary>
public abstract class RelayTest : IAsyncLifetime
{
    private readonly List<RelayClient> _clients = [];
    private RunningRelay? _relay;

    /// <summary>The relay of this test.</summary>
    internal RunningRelay Relay => _relay ?? throw new InvalidOperationException("The relay has not started.");

    /// <summary>Extra relay arguments for this test class, e.g. <c>--Relay:MaxFrameBytes=1024</c>.</summary>
    protected virtual string[] RelayArgs => [];

    /// <summary>The relay's clock: it moves only when the test says so.</summary>
    internal TestClock Clock { get; } = new();

    public async Task InitializeAsync() =>
        _relay = await RunningRelay.StartAsync(RelayArgs,
            builder => builder.Services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }
    }

    internal async Task<RelayClient> ConnectAsync()
    {
        var client = await RelayClient.ConnectAsync(Relay);
        _clients.Add(client);
        return client;
    }

    /// <summary>Connects two clients and pairs them in a fresh room; both have seen PEER_FOUND.</summary>
    internal async Task<(RelayClient A, RelayClient B)> PairAsync(string? room = null)
    {
        room ??= Rooms.NewCode();
        var a = await ConnectAsync();
        var b = await ConnectAsync();
        await a.JoinAsync(room);
        await b.JoinAsync(room);
        await a.ExpectTypeAsync("PEER_FOUND");
        await b.ExpectTypeAsync("PEER_FOUND");
        return (a, b);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureChat.Relay.Backplane;
using SecureChat.Relay.Tests.Support;
using Xunit.Abstractions;

namespace SecureChat.Relay.Tests;

public sealed class BackplaneTests(ITestOutputHelper output) : BackplaneTest
{
    [Fact]
    public async Task Backplane_PeersOnTwoInstances_ChatBothWaysInOrder()
    {
        const int Count = 300;
        var (a, b) = await PairAsync(One.WebSocketUri, Two.WebSocketUri);

        await Task.WhenAll(
            SendNumberedAsync(a, "a", Count),
            SendNumberedAsync(b, "b", Count),
            ExpectNumberedAsync(b, "a", Count),
            ExpectNumberedAsync(a, "b", Count));
    }

    [Fact]
    public async Task Backplane_PeersOnOneInstance_PairThroughRedisAndChat()
    {
        var (a, b) = await PairAsync(One.WebSocketUri, One.WebSocketUri);

        await a.SendAsync(Numbered("a", 0));
        await b.SendAsync(Numbered("b", 0));

        Assert.Equal(Numbered("a", 0), (await b.ReceiveAsync()).Text);
        Assert.Equal(Numbered("b", 0), (await a.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Backplane_ThirdJoinerOnEitherInstance_RefusedWithRoomFull()
    {
        var room = Rooms.NewCode();
        var (a, b) = await PairAsync(One.WebSocketUri, Two.WebSocketUri, room);

        foreach (var relay in new[] { One, Two })
        {
            var third = await ConnectAsync(relay);
            await third.JoinAsync(room);
            await third.ExpectRefusalAsync(ErrorCode.RoomFull, WebSocketCloseStatus.PolicyViolation);
        }

        await a.SendAsync(Numbered("a", 0));
        Assert.Equal(Numbered("a", 0), (await b.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Backplane_ConcurrentJoinsFromBothInstances_ExactlyTwoGetIn()
    {
        var room = Rooms.NewCode();
        var clients = new List<RelayClient>();
        for (var i = 0; i < 6; i++)
        {
            clients.Add(await ConnectAsync(i % 2 == 0 ? One : Two));
        }

        await Task.WhenAll(clients.Select(client => client.JoinAsync(room)));
        var firstFrames = await Task.WhenAll(clients.Select(client => client.ReceiveAsync()));

        Assert.Equal(2, firstFrames.Count(frame => frame.FrameType == "PEER_FOUND"));
        Assert.Equal(4, firstFrames.Count(frame => frame.FrameType == "ERROR"));
    }

    [Fact]
    public async Task Backplane_PeerLeaves_PartnerOnOtherInstanceToldAndRoomFreed()
    {
        var room = Rooms.NewCode();
        var (a, b) = await PairAsync(One.WebSocketUri, Two.WebSocketUri, room);

        await a.CloseAsync();

        await b.ExpectPeerLeftAsync();
        await PairAsync(Two.WebSocketUri, One.WebSocketUri, room);
    }

    [Fact]
    public async Task Backplane_InstanceKilled_PartnerOnOtherInstanceGetsPeerLeftWithinLease()
    {
        await using var doomed = await StartProcessAsync();
        var room = Rooms.NewCode();
        var (_, survivor) = await PairAsync(doomed.WebSocketUri, One.WebSocketUri, room);

        var clock = Stopwatch.StartNew();
        await doomed.KillAsync();
        await survivor.ExpectPeerLeftAsync();
        clock.Stop();
        output.WriteLine($"PEER_LEFT {clock.Elapsed.TotalMilliseconds:F0} ms after the kill (lease {Lease}, heartbeat {Heartbeat})");

        // The lease runs out, then the next heartbeat sees it; the rest is slack for a loaded 2-core machine.
        Assert.True(clock.Elapsed < Lease + Heartbeat + TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        // The dead instance's room expired with its lease: the code is usable again.
        await PairAsync(One.WebSocketUri, Two.WebSocketUri, room);
    }

    [Fact]
    public async Task Backplane_RedisLost_ReadyzFailsJoinsRefusedCrossPairEndedLocalPairGoesOn()
    {
        var (crossA, crossB) = await PairAsync(One.WebSocketUri, Two.WebSocketUri);
        var (localA, localB) = await PairAsync(One.WebSocketUri, One.WebSocketUri);

        await Redis.KillAsync();

        await crossA.ExpectRefusalAsync(ErrorCode.BackplaneUnavailable, WebSocketCloseStatus.EndpointUnavailable);
        await crossB.ExpectRefusalAsync(ErrorCode.BackplaneUnavailable, WebSocketCloseStatus.EndpointUnavailable);
        using var http = new HttpClient { Timeout = RelayClient.Patience };
        using var ready = await http.GetAsync(new Uri(One.HttpUri, "/readyz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("backplane", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await One.ScrapeAsync()).Value("securechat_relay_backplane_up"));

        var late = await ConnectAsync(Two);
        await late.JoinAsync(Rooms.NewCode());
        await late.ExpectRefusalAsync(ErrorCode.BackplaneUnavailable, WebSocketCloseStatus.EndpointUnavailable);

        await localA.SendAsync(Numbered("a", 0));
        await localB.SendAsync(Numbered("b", 0));
        Assert.Equal(Numbered("a", 0), (await localB.ReceiveAsync()).Text);
        Assert.Equal(Numbered("b", 0), (await localA.ReceiveAsync()).Text);
        await localA.CloseAsync();
        await localB.ExpectPeerLeftAsync();
    }

    [Fact]
    public async Task Backplane_RoomGauges_CountTheRoomsOfThisInstancesPeers()
    {
        await PairAsync(One.WebSocketUri, Two.WebSocketUri);
        await PairAsync(One.WebSocketUri, One.WebSocketUri);

        var one = await One.ScrapeAsync();
        var two = await Two.ScrapeAsync();

        Assert.Equal(2, one.Value("securechat_relay_rooms", ("state", "paired")));
        Assert.Equal(0, one.Value("securechat_relay_rooms", ("state", "waiting")));
        Assert.Equal(1, two.Value("securechat_relay_rooms", ("state", "paired")));
        Assert.Equal(0, two.Value("securechat_relay_rooms", ("state", "waiting")));
    }

    [Fact]
    public async Task Backplane_Up_ReadyAndGaugeOne()
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };

        using var ready = await http.GetAsync(new Uri(Two.HttpUri, "/readyz"));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(1, (await Two.ScrapeAsync()).Value("securechat_relay_backplane_up"));
        Assert.NotEqual(One.Services.GetRequiredService<RedisBackplane>().InstanceId,
            Two.Services.GetRequiredService<RedisBackplane>().InstanceId);
    }

    [Fact]
    public async Task Backplane_RedisBack_ReadyAgainAndPairsAcrossInstances()
    {
        await Redis.KillAsync();
        await ReadyzBecomesAsync(One, HttpStatusCode.ServiceUnavailable);

        await Redis.RestartAsync();

        await ReadyzBecomesAsync(One, HttpStatusCode.OK);
        await ReadyzBecomesAsync(Two, HttpStatusCode.OK);
        var (a, b) = await PairAsync(One.WebSocketUri, Two.WebSocketUri);
        await a.SendAsync(Numbered("a", 0));
        Assert.Equal(Numbered("a", 0), (await b.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Backplane_StartedWithoutRedis_NotReadyUntilRedisComes()
    {
        await Redis.KillAsync();
        var late = await StartInstanceWithoutRedisAsync();
        await ReadyzBecomesAsync(late, HttpStatusCode.ServiceUnavailable);

        await Redis.RestartAsync();

        await ReadyzBecomesAsync(late, HttpStatusCode.OK);
        await ReadyzBecomesAsync(One, HttpStatusCode.OK);
        var (a, b) = await PairAsync(late.WebSocketUri, One.WebSocketUri);
        await b.SendAsync(Numbered("b", 0));
        Assert.Equal(Numbered("b", 0), (await a.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Backplane_InstanceStopsGracefully_PartnerElsewhereToldAtOnce()
    {
        var (a, b) = await PairAsync(One.WebSocketUri, Two.WebSocketUri);

        var stopping = One.DisposeAsync().AsTask();

        await a.ExpectRefusalAsync(ErrorCode.Unavailable, WebSocketCloseStatus.EndpointUnavailable);
        await b.ExpectPeerLeftAsync();
        await stopping.WaitAsync(RelayClient.Patience);
    }

    [Fact]
    public async Task Backplane_MaxRooms_BoundsMembersPerInstance()
    {
        var small = await StartInstanceAsync("--Relay:MaxRooms=1");
        var room = Rooms.NewCode();
        var clients = new List<RelayClient>();
        for (var i = 0; i < 3; i++)
        {
            clients.Add(await ConnectAsync(small));
        }

        await clients[0].JoinAsync(room);
        await clients[1].JoinAsync(room);
        await clients[0].ExpectTypeAsync("PEER_FOUND");
        await clients[1].ExpectTypeAsync("PEER_FOUND");
        await clients[2].JoinAsync(Rooms.NewCode());

        await clients[2].ExpectRefusalAsync(ErrorCode.RelayFull, WebSocketCloseStatus.EndpointUnavailable);
    }

    [Fact]
    public async Task Backplane_LogsAtTraceLevel_NeverShowRoomCodesPayloadsOrRoomKeys()
    {
        const string Secret = "PAYLOADSECRET42";
        var room = Rooms.NewCode();
        var capture = new CapturingLoggerProvider();
        void Capture(WebApplicationBuilder builder) => builder.Services.AddSingleton<ILoggerProvider>(capture);
        var left = await StartInstanceAsync(Capture, "--Logging:LogLevel:Default=Trace");
        var right = await StartInstanceAsync(Capture, "--Logging:LogLevel:Default=Trace");
        var (a, b) = await PairAsync(left.WebSocketUri, right.WebSocketUri, room);
        await a.SendAsync($$"""{"type":"SIGNAL","payload":"{{Secret}}"}""");
        await b.ReceiveAsync();

        await Redis.KillAsync();
        await a.ExpectRefusalAsync(ErrorCode.BackplaneUnavailable, WebSocketCloseStatus.EndpointUnavailable);
        await b.ExpectRefusalAsync(ErrorCode.BackplaneUnavailable, WebSocketCloseStatus.EndpointUnavailable);

        var roomKey = new RoomKeys(RoomKeySecret).Room(room).ToString();
        var lines = capture.Lines;
        Assert.Contains(lines, line => line.Contains("paired", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Backplane down", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Secret, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, line => line.Contains(room, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, line => line.Contains(roomKey[^64..], StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, line => line.Contains(RoomKeySecret, StringComparison.Ordinal));
    }
}

using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class RelayFullTests : RelayTest
{
    protected override string[] RelayArgs => ["--Relay:MaxRooms=2"];

    [Fact]
    public async Task RelayFull_NewRoomOverTheCap_RefusedWithRelayFullWhileExistingRoomsStillPair()
    {
        var timeToLive = Relay.Services.GetRequiredService<IOptions<RelayOptions>>().Value.RoomTimeToLive;
        var (a, b) = await PairAsync();
        var waitingRoom = Rooms.NewCode();
        var waiting = await ConnectAsync();
        await waiting.JoinAsync(waitingRoom);
        await Clock.TimersStartedAsync(timeToLive, count: 2);

        var refused = await ConnectAsync();
        await refused.JoinAsync(Rooms.NewCode());

        await refused.ExpectRefusalAsync(ErrorCode.RelayFull, WebSocketCloseStatus.EndpointUnavailable);
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.RelayFull));
        var late = await ConnectAsync();
        await late.JoinAsync(waitingRoom);
        await waiting.ExpectTypeAsync("PEER_FOUND");
        await late.ExpectTypeAsync("PEER_FOUND");
        await a.SendAsync("""{"type":"SIGNAL"}""");
        await b.ExpectTypeAsync("SIGNAL");
    }
}

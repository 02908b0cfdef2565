using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class RoomExpiryTests : RelayTest
{
    private TimeSpan TimeToLive => Relay.Services.GetRequiredService<IOptions<RelayOptions>>().Value.RoomTimeToLive;

    [Fact]
    public async Task RoomExpiry_AloneTooLong_ToldRoomExpiredClosedCountedAndCodeFreed()
    {
        var room = Rooms.NewCode();
        var lonely = await ConnectAsync();
        await lonely.JoinAsync(room);
        await Clock.TimersStartedAsync(TimeToLive);
        var (a, b) = await PairAsync();

        Clock.Advance(TimeToLive);

        await lonely.ExpectRefusalAsync(ErrorCode.RoomExpired, WebSocketCloseStatus.PolicyViolation);
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.RoomExpired));
        await a.SendAsync("""{"type":"SIGNAL","paired":"rooms stay"}""");
        Assert.Equal("""{"type":"SIGNAL","paired":"rooms stay"}""", (await b.ReceiveAsync()).Text);
        Assert.Equal(1, Relay.Services.GetRoomRegistry().Count);
        await PairAsync(room);
    }

    [Fact]
    public async Task RoomExpiry_PartnerCameJustInTime_RoomKept()
    {
        var room = Rooms.NewCode();
        var first = await ConnectAsync();
        await first.JoinAsync(room);
        await Clock.TimersStartedAsync(TimeToLive);
        Clock.Advance(TimeToLive - TimeSpan.FromMilliseconds(1));
        var second = await ConnectAsync();
        await second.JoinAsync(room);
        await first.ExpectTypeAsync("PEER_FOUND");
        await second.ExpectTypeAsync("PEER_FOUND");

        Clock.Advance(TimeToLive);

        await first.SendAsync("""{"type":"SIGNAL"}""");
        await second.ExpectTypeAsync("SIGNAL");
        Assert.Equal(0, (await Relay.ScrapeAsync()).Rejections(ErrorCode.RoomExpired));
    }
}

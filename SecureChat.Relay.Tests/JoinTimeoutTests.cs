using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class JoinTimeoutTests : RelayTest
{
    private TimeSpan JoinTimeout => Relay.Services.GetRequiredService<IOptions<RelayOptions>>().Value.JoinTimeout;

    [Fact]
    public async Task JoinTimeout_NoJoinInTime_ToldJoinTimeoutClosedAndCounted()
    {
        var (a, b) = await PairAsync();
        var idle = await ConnectAsync();

        // The deadline starts before the upgrade is answered, so it is already running here.
        Clock.Advance(JoinTimeout);

        await idle.ExpectRefusalAsync(ErrorCode.JoinTimeout, WebSocketCloseStatus.PolicyViolation);
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.JoinTimeout));
        await a.SendAsync("""{"type":"SIGNAL","joined":"in time"}""");
        Assert.Equal("""{"type":"SIGNAL","joined":"in time"}""", (await b.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task JoinTimeout_JustBeforeTheDeadline_JoinStillAccepted()
    {
        var a = await ConnectAsync();
        var b = await ConnectAsync();
        var room = Rooms.NewCode();

        Clock.Advance(JoinTimeout - TimeSpan.FromMilliseconds(1));
        await a.JoinAsync(room);
        await b.JoinAsync(room);

        await a.ExpectTypeAsync("PEER_FOUND");
        await b.ExpectTypeAsync("PEER_FOUND");
        Clock.Advance(JoinTimeout);
        await a.SendAsync("""{"type":"SIGNAL"}""");
        await b.ExpectTypeAsync("SIGNAL");
        Assert.Equal(0, (await Relay.ScrapeAsync()).Rejections(ErrorCode.JoinTimeout));
    }
}

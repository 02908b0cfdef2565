using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class IsolationTests : RelayTest
{
    [Fact]
    public async Task Rooms_TwoPairs_SignalsStayInTheirRoom()
    {
        var (a, b) = await PairAsync();
        var (c, d) = await PairAsync();

        await a.SendAsync("""{"type":"SIGNAL","from":"a"}""");
        await c.SendAsync("""{"type":"SIGNAL","from":"c"}""");
        await d.SendAsync("""{"type":"SIGNAL","from":"d"}""");
        await b.SendAsync("""{"type":"SIGNAL","from":"b"}""");

        Assert.Equal("""{"type":"SIGNAL","from":"a"}""", (await b.ReceiveAsync()).Text);
        Assert.Equal("""{"type":"SIGNAL","from":"c"}""", (await d.ReceiveAsync()).Text);
        Assert.Equal("""{"type":"SIGNAL","from":"d"}""", (await c.ReceiveAsync()).Text);
        Assert.Equal("""{"type":"SIGNAL","from":"b"}""", (await a.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Rooms_OnePairLeaves_OtherPairKeepsChatting()
    {
        var (a, b) = await PairAsync();
        var (c, d) = await PairAsync();

        await a.CloseAsync();
        await b.ExpectPeerLeftAsync();

        await c.SendAsync("""{"type":"SIGNAL","still":"here"}""");
        Assert.Equal("""{"type":"SIGNAL","still":"here"}""", (await d.ReceiveAsync()).Text);
        await d.SendAsync("""{"type":"SIGNAL","me":"too"}""");
        Assert.Equal("""{"type":"SIGNAL","me":"too"}""", (await c.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Rooms_RefusalInOneRoom_OtherRoomUnaffected()
    {
        var (a, b) = await PairAsync();
        var stranger = await ConnectAsync();

        await stranger.SendAsync("not json");
        await stranger.ExpectRefusalAsync(ErrorCode.MalformedJson, WebSocketCloseStatus.PolicyViolation);

        await a.SendAsync("""{"type":"SIGNAL"}""");
        Assert.Equal("""{"type":"SIGNAL"}""", (await b.ReceiveAsync()).Text);
    }
}

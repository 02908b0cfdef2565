using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class MetricsTests : RelayTest
{
    [Fact]
    public async Task Metrics_PairForwardingAndOneWaiting_GaugesAndCountersMatch()
    {
        const string Frame = """{"type":"SIGNAL","kind":"MSG","payload":"AAAA"}""";
        var timeToLive = Relay.Services.GetRequiredService<IOptions<RelayOptions>>().Value.RoomTimeToLive;
        var (a, b) = await PairAsync();
        await a.SendAsync(Frame);
        await b.ReceiveAsync();
        await b.SendAsync(Frame);
        await a.ReceiveAsync();
        var lonely = await ConnectAsync();
        await lonely.JoinAsync(Rooms.NewCode());
        await Clock.TimersStartedAsync(timeToLive, count: 2);

        var scrape = await Relay.ScrapeAsync();

        Assert.Equal(3, scrape.Value("securechat_relay_connections_total"));
        Assert.Equal(3, scrape.Value("securechat_relay_connections_open"));
        Assert.Equal(1, scrape.Value("securechat_relay_rooms", ("state", "paired")));
        Assert.Equal(1, scrape.Value("securechat_relay_rooms", ("state", "waiting")));
        Assert.Equal(2, scrape.Value("securechat_relay_frames_forwarded_total"));
        Assert.Equal(2 * Frame.Length, scrape.Value("securechat_relay_bytes_forwarded_total"));
        Assert.Contains("# TYPE securechat_relay_rejections_total counter", scrape.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_FrameTooLarge_Counted()
    {
        var client = await ConnectAsync();

        await client.SendAsync(SignalTests.SignalOfSize(65537));

        await client.ExpectRefusalAsync(ErrorCode.FrameTooLarge, WebSocketCloseStatus.MessageTooBig);
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.FrameTooLarge));
    }

    [Fact]
    public async Task Metrics_AllGone_GaugesBackToZero()
    {
        var (a, b) = await PairAsync();
        await a.CloseAsync();
        await b.ExpectPeerLeftAsync();

        var scrape = await Relay.ScrapeAsync();

        Assert.Equal(0, scrape.Value("securechat_relay_rooms", ("state", "paired")));
        Assert.Equal(0, scrape.Value("securechat_relay_rooms", ("state", "waiting")));
    }
}

using System.Net;
using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class ShutdownTests : RelayTest
{
    // Distinct from every other relay timer, so the test can tell when the grace period has started. The close
    // timeout is longer, so only the grace period can end a peer that never answers the close.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(7);

    protected override string[] RelayArgs => ["--Relay:ShutdownGracePeriod=00:00:07", "--Relay:CloseTimeout=00:05:00"];

    [Fact]
    public async Task Readyz_WhileAccepting_Returns200()
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };

        using var response = await http.GetAsync(new Uri(Relay.HttpUri, "/readyz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Shutdown_PeerNeverAnswersClose_ToldUnavailableNotReadyNoNewUpgradesThenCutOffAtGrace()
    {
        var (stubborn, polite) = await PairAsync();

        var stopping = Relay.DisposeAsync().AsTask();

        // The notice comes at once, well within the grace period: the clock has not moved.
        var notice = await stubborn.ExpectTypeAsync("ERROR");
        using (var json = notice.Parse())
        {
            Assert.Equal((int)ErrorCode.Unavailable, json.RootElement.GetProperty("code").GetInt32());
        }

        Assert.Equal(WebSocketMessageType.Close, (await stubborn.ReceiveAsync()).Type);
        await polite.ExpectRefusalAsync(ErrorCode.Unavailable, WebSocketCloseStatus.EndpointUnavailable);
        await Clock.TimersStartedAsync(Grace);

        using var http = new HttpClient { Timeout = RelayClient.Patience };
        using var ready = await http.GetAsync(new Uri(Relay.HttpUri, "/readyz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("accepting", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var live = await http.GetAsync(new Uri(Relay.HttpUri, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await Assert.ThrowsAsync<WebSocketException>(() => RelayClient.ConnectAsync(Relay));
        var scrape = await Relay.ScrapeAsync();
        Assert.Equal(3, scrape.Rejections(ErrorCode.Unavailable));
        Assert.False(stopping.IsCompleted);

        Clock.Advance(Grace);

        await stopping.WaitAsync(RelayClient.Patience);
    }
}

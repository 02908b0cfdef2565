using System.Net;
using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class HostTests : RelayTest
{
    [Fact]
    public async Task Host_PlainHttpGetWithoutUpgrade_Returns400WithOneLine()
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };

        using var response = await http.GetAsync(Relay.HttpUri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith("\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_Healthz_Returns200()
    {
        using var http = new HttpClient { Timeout = RelayClient.Patience };

        using var response = await http.GetAsync(new Uri(Relay.HttpUri, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Host_Stopping_OpenClientsToldUnavailableAndClosed()
    {
        var (a, b) = await PairAsync();

        var stopping = Relay.DisposeAsync().AsTask();

        await a.ExpectRefusalAsync(ErrorCode.Unavailable, WebSocketCloseStatus.EndpointUnavailable);
        await b.ExpectRefusalAsync(ErrorCode.Unavailable, WebSocketCloseStatus.EndpointUnavailable);

        // Both answered the close, so the relay stops without waiting out its grace period (the clock never moves).
        await stopping.WaitAsync(RelayClient.Patience);
    }
}

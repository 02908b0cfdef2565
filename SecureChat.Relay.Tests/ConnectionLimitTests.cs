using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class ConnectionLimitTests : RelayTest
{
    protected override string[] RelayArgs => ["--Relay:MaxConnectionsPerAddress=2"];

    [Fact]
    public async Task Connections_OneOverThePerAddressCap_RefusedWithTooManyConnectionsAndCounted()
    {
        var (a, b) = await PairAsync();

        var extra = await ConnectAsync();

        await extra.ExpectRefusalAsync(ErrorCode.TooManyConnections, WebSocketCloseStatus.PolicyViolation);
        Assert.Equal(1, (await Relay.ScrapeAsync()).Rejections(ErrorCode.TooManyConnections));
        await a.SendAsync("""{"type":"SIGNAL","unaffected":true}""");
        Assert.Equal("""{"type":"SIGNAL","unaffected":true}""", (await b.ReceiveAsync()).Text);
    }
}

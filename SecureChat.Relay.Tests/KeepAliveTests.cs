using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

/// <summary>
/// WebSocket keep-alive runs on the socket's own timers, not the relay's clock, so this waits for real pings; it asserts
/// only what happens, never how long it took.
/// </summary>
public sealed class KeepAliveTests : RelayTest
{
    protected override string[] RelayArgs =>
        ["--Relay:KeepAliveInterval=00:00:00.250", "--Relay:KeepAliveTimeout=00:00:02"];

    [Fact]
    public async Task KeepAlive_PeerStopsAnsweringPings_DroppedAndPartnerToldRoomFreed()
    {
        var (_, partner) = await PairAsync();

        // A client that never reads never answers a ping (pongs are sent from inside ReceiveAsync); the partner
        // keeps reading, so it keeps answering, and hears that its peer is gone.
        await partner.ExpectPeerLeftAsync();

        Assert.Equal(0, Relay.Services.GetRoomRegistry().Count);
        var scrape = await Relay.ScrapeAsync();
        Assert.Equal(0, scrape.Value("securechat_relay_rooms", ("state", "paired")));
    }
}

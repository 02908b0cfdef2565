using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class LeaveTests : RelayTest
{
    [Fact]
    public async Task Leave_PeerCloses_PartnerGetsPeerLeftAndNormalClose()
    {
        var (a, b) = await PairAsync();

        await a.CloseAsync();

        await b.ExpectPeerLeftAsync();
        Assert.Equal(0, Relay.Services.GetRoomRegistry().Count);
    }

    [Fact]
    public async Task Leave_PeerAborts_PartnerGetsPeerLeftAndNormalClose()
    {
        var (a, b) = await PairAsync();

        a.Abort();

        await b.ExpectPeerLeftAsync();
        Assert.Equal(0, Relay.Services.GetRoomRegistry().Count);
    }

    [Fact]
    public async Task Leave_PairGone_RoomCodeReusableByNewPair()
    {
        var room = Rooms.NewCode();
        var (a, b) = await PairAsync(room);
        await a.CloseAsync();
        await b.ExpectPeerLeftAsync();

        var (c, d) = await PairAsync(room);

        await c.SendAsync("""{"type":"SIGNAL","again":true}""");
        Assert.Equal("""{"type":"SIGNAL","again":true}""", (await d.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Leave_WaitingPeerCloses_RoomFreedForNewPair()
    {
        var room = Rooms.NewCode();
        var lonely = await ConnectAsync();
        await lonely.JoinAsync(room);

        // The relay frees the room before it answers the close, so this returns only once the room is gone.
        await lonely.CloseAsync();

        Assert.Equal(0, Relay.Services.GetRoomRegistry().Count);
        await PairAsync(room);
    }

    [Fact]
    public async Task Leave_PartnerRefused_StayingPeerGetsPeerLeft()
    {
        var (a, b) = await PairAsync();

        await a.SendAsync("""{"type":"JOIN","room":"ABCD1234"}""");

        await a.ExpectRefusalAsync(ErrorCode.AlreadyJoined, System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation);
        await b.ExpectPeerLeftAsync();
    }
}

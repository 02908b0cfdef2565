using System.Net.WebSockets;
using SecureChat.Relay.Tests.Support;

namespace SecureChat.Relay.Tests;

public sealed class JoinTests : RelayTest
{
    [Fact]
    public async Task Join_SecondPeer_BothGetPeerFound()
    {
        var room = Rooms.NewCode();
        var a = await ConnectAsync();
        var b = await ConnectAsync();

        await a.JoinAsync(room);
        await b.JoinAsync(room);

        var foundA = await a.ExpectTypeAsync("PEER_FOUND");
        var foundB = await b.ExpectTypeAsync("PEER_FOUND");
        Assert.Equal("""{"type":"PEER_FOUND"}""", foundA.Text);
        Assert.Equal(foundA.Text, foundB.Text);
    }

    [Fact]
    public async Task Join_ThirdPeer_RefusedWithRoomFullWhileFirstTwoChat()
    {
        var room = Rooms.NewCode();
        var (a, b) = await PairAsync(room);
        var c = await ConnectAsync();

        await c.JoinAsync(room);
        await c.ExpectRefusalAsync(ErrorCode.RoomFull, WebSocketCloseStatus.PolicyViolation);

        await a.SendAsync("""{"type":"SIGNAL","n":1}""");
        Assert.Equal("""{"type":"SIGNAL","n":1}""", (await b.ReceiveAsync()).Text);
        await b.SendAsync("""{"type":"SIGNAL","n":2}""");
        Assert.Equal("""{"type":"SIGNAL","n":2}""", (await a.ReceiveAsync()).Text);
    }

    [Theory]
    [InlineData("abcd1234")]
    [InlineData("ABC1234")]
    [InlineData("ABCDEFGH123456789")]
    [InlineData("ABCD-1234")]
    [InlineData("ÄBCD1234")]
    public async Task Join_InvalidRoom_RefusedWithInvalidRoom(string room)
    {
        var client = await ConnectAsync();

        await client.JoinAsync(room);

        await client.ExpectRefusalAsync(ErrorCode.InvalidRoom, WebSocketCloseStatus.PolicyViolation);
    }

    [Theory]
    [InlineData("""{"type":"JOIN"}""")]
    [InlineData("""{"type":"JOIN","room":12345678}""")]
    [InlineData("""{"type":"JOIN","room":null}""")]
    public async Task Join_MissingOrNonStringRoom_RefusedWithMissingField(string frame)
    {
        var client = await ConnectAsync();

        await client.SendAsync(frame);

        await client.ExpectRefusalAsync(ErrorCode.MissingField, WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task Join_SecondJoinOnOneConnection_RefusedWithAlreadyJoined()
    {
        var client = await ConnectAsync();

        await client.JoinAsync(Rooms.NewCode());
        await client.JoinAsync(Rooms.NewCode());

        await client.ExpectRefusalAsync(ErrorCode.AlreadyJoined, WebSocketCloseStatus.PolicyViolation);
    }

    [Fact]
    public async Task Join_EscapedRoomCode_PairsWithPlainSpelling()
    {
        var a = await ConnectAsync();
        var b = await ConnectAsync();

        await a.SendAsync("""{"type":"JOIN","room":"\u0041BCD1234"}""");
        await b.JoinAsync("ABCD1234");

        await a.ExpectTypeAsync("PEER_FOUND");
        await b.ExpectTypeAsync("PEER_FOUND");
    }
}

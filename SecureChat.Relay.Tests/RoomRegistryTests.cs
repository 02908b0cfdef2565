using System.Net.WebSockets;

namespace SecureChat.Relay.Tests;

public sealed class RoomRegistryTests
{
    private readonly RoomRegistry _registry = new();

    [Fact]
    public async Task Join_ThreePeers_WaitingThenPairedThenFull()
    {
        await using var a = NewPeer();
        await using var b = NewPeer();
        await using var c = NewPeer();

        var first = _registry.Join("ABCD1234", a);
        var second = _registry.Join("ABCD1234", b);
        var third = _registry.Join("ABCD1234", c);

        Assert.Equal(JoinStatus.Waiting, first.Status);
        Assert.Equal(new JoinResult(JoinStatus.Paired, first.Room, a), second);
        Assert.Equal(JoinStatus.Full, third.Status);
        Assert.Same(b, first.Room!.PartnerOf(a));
        Assert.Same(a, first.Room.PartnerOf(b));
    }

    [Fact]
    public async Task Join_ManyPeersAtOnce_ExactlyOnePairForms()
    {
        var peers = Enumerable.Range(0, 64).Select(_ => NewPeer()).ToArray();

        var results = await Task.WhenAll(peers.Select(peer => Task.Run(() => _registry.Join("RACE1234", peer))));

        Assert.Single(results, result => result.Status == JoinStatus.Waiting);
        Assert.Single(results, result => result.Status == JoinStatus.Paired);
        Assert.Equal(62, results.Count(result => result.Status == JoinStatus.Full));
        foreach (var peer in peers)
        {
            await peer.DisposeAsync();
        }
    }

    [Fact]
    public async Task Leave_PairedPeer_ReturnsPartnerOnceAndFreesCode()
    {
        await using var a = NewPeer();
        await using var b = NewPeer();
        var room = _registry.Join("ABCD1234", a).Room!;
        _registry.Join("ABCD1234", b);

        Assert.Same(b, _registry.Leave(room, a));
        Assert.Null(_registry.Leave(room, b));
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task Leave_StaleRoomAfterCodeReused_LeavesNewRoomAlone()
    {
        await using var a = NewPeer();
        await using var b = NewPeer();
        var stale = _registry.Join("ABCD1234", a).Room!;
        _registry.Leave(stale, a);
        var fresh = _registry.Join("ABCD1234", b).Room!;

        Assert.Null(_registry.Leave(stale, a));

        Assert.Equal(1, _registry.Count);
        Assert.Equal(JoinStatus.Paired, _registry.Join("ABCD1234", a).Status);
        Assert.Same(a, fresh.PartnerOf(b));
    }

    [Fact]
    public async Task Join_NewRoomAtTheCap_RelayFullButExistingRoomStillPairs()
    {
        var registry = new RoomRegistry(maxRooms: 1);
        await using var a = NewPeer();
        await using var b = NewPeer();
        await using var c = NewPeer();
        registry.Join("ABCD1234", a);

        Assert.Equal(JoinStatus.RelayFull, registry.Join("WXYZ9876", c).Status);
        Assert.Equal(JoinStatus.Paired, registry.Join("ABCD1234", b).Status);
        Assert.Equal((0, 1), registry.Counts);
    }

    [Fact]
    public async Task TryExpire_WaitingRoom_FreedOnceAndPartnerlessLeaveIsANoOp()
    {
        await using var a = NewPeer();
        var room = _registry.Join("ABCD1234", a).Room!;

        Assert.True(_registry.TryExpire(room));
        Assert.False(_registry.TryExpire(room));
        Assert.Null(_registry.Leave(room, a));
        Assert.Equal((0, 0), _registry.Counts);
    }

    [Fact]
    public async Task TryExpire_PairedRoom_Kept()
    {
        await using var a = NewPeer();
        await using var b = NewPeer();
        var room = _registry.Join("ABCD1234", a).Room!;
        _registry.Join("ABCD1234", b);

        Assert.False(_registry.TryExpire(room));
        Assert.Equal((0, 1), _registry.Counts);
    }

    private static PeerConnection NewPeer() =>
        new(WebSocket.CreateFromStream(Stream.Null, new WebSocketCreationOptions { IsServer = true }), new RelayOptions());
}


using static SecureChat.Core.Tests.Integration.SessionEvents;

namespace SecureChat.Core.Tests.Integration;

/// <summary>Real ChatSessions over real WebSockets through the real relay on loopback.</summary>
public sealed class SessionsThroughRelayTests : RelayIntegrationTest
{
    private ChatSession NewSession(string room) => new(new ChatSessionOptions { RelayUri = Relay.WebSocketUri, Room = room, Protocol = ProtocolMode.Legacy });


    [Fact]
    public async Task TwoSessions_ChatBothWays_WithTheSameSafetyNumber()
    {
        using var alice = NewSession("INTEGRATION1");
        using var bob = NewSession("INTEGRATION1");

        var (aliceSees, bobSees) = await ConnectAndChatBothWaysAsync(alice, bob, "hi bob ✓ 👋", "hi alice");

        Assert.Equal(aliceSees.SafetyNumber, bobSees.SafetyNumber);
    }

    [Fact]
    public async Task ThirdJoiner_IsRefusedWhileThePairStillChats()
    {
        using var alice = NewSession("INTEGRATION2");
        using var bob = NewSession("INTEGRATION2");
        using var eve = NewSession("INTEGRATION2");
        var bothConnected = Task.WhenAll(First<Connected>(alice), First<Connected>(bob));
        alice.Start();
        bob.Start();
        await bothConnected;

        var eveEnd = First<Destroyed>(eve);
        eve.Start();
        var refused = await eveEnd;

        Assert.Equal(ErrorCode.RelayError, refused.Reason);
        Assert.Contains(((int)ErrorCode.RoomFull).ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
        var bobGets = First<MessageReceived>(bob);
        alice.Send("still here");
        Assert.Equal("still here", (await bobGets).Text);
    }

    [Fact]
    public async Task PeerLeaving_DestroysTheOtherSessionOrderly()
    {
        using var alice = NewSession("INTEGRATION3");
        using var bob = NewSession("INTEGRATION3");
        var bothConnected = Task.WhenAll(First<Connected>(alice), First<Connected>(bob));
        alice.Start();
        bob.Start();
        await bothConnected;

        var bobEnd = First<Destroyed>(bob);
        await alice.Quit().WaitAsync(Patience);
        var ended = await bobEnd;

        Assert.Equal(ErrorCode.PeerLeft, ended.Reason);
        Assert.True(bob.KeysWiped);
        Assert.True(alice.KeysWiped);
    }

    [Fact]
    public async Task UnreachableRelay_DestroysWithConnectFailed()
    {
        var stopped = await InProcessRelay.StartAsync();
        var uri = stopped.WebSocketUri;
        await stopped.DisposeAsync();
        using var lonely = new ChatSession(new ChatSessionOptions { RelayUri = uri, Room = "INTEGRATION4", Protocol = ProtocolMode.Legacy });
        var end = First<Destroyed>(lonely);

        lonely.Start();

        Assert.Equal(ErrorCode.ConnectFailed, (await end).Reason);
    }
}


using static SecureChat.Core.Tests.Integration.SessionEvents;

namespace SecureChat.Core.Tests.Integration;

/// <summary>Two real hardened ChatSessions over real WebSockets through the real relay on loopback.</summary>
public sealed class HardenedThroughRelayTests : RelayIntegrationTest
{
    private ChatSession NewSession(RoomInvite invite, InviteRole role) =>
        new(new ChatSessionOptions { RelayUri = Relay.WebSocketUri, Invite = invite, Role = role });


    [Fact]
    public async Task TwoHardenedSessions_ChatBothWays_WithTheSameSas()
    {
        using var invite = RoomInvite.Create();
        using var typed = Session.Hardened.Invites.CopyOf(invite);
        using var alice = NewSession(invite, InviteRole.Creator);
        using var bob = NewSession(typed, InviteRole.Joiner);

        var (aliceSees, bobSees) = await ConnectAndChatBothWaysAsync(alice, bob, "hi bob ✓ 👋", "hi alice");

        Assert.Equal(aliceSees.SafetyNumber, bobSees.SafetyNumber);
        Assert.Equal(ProtocolMode.Hardened, aliceSees.Protocol);
    }

    [Fact]
    public async Task HardenedQuit_ReachesThePeerAsTheAuthenticatedClose()
    {
        using var invite = RoomInvite.Create();
        using var typed = Session.Hardened.Invites.CopyOf(invite);
        using var alice = NewSession(invite, InviteRole.Creator);
        using var bob = NewSession(typed, InviteRole.Joiner);
        var bothConnected = Task.WhenAll(First<Connected>(alice), First<Connected>(bob));
        alice.Start();
        bob.Start();
        await bothConnected;

        var bobEnd = First<Destroyed>(bob);
        await alice.Quit().WaitAsync(Patience);
        var ended = await bobEnd;

        Assert.Equal(ErrorCode.PeerLeft, ended.Reason);
        Assert.True(ended.IsOrderly);
        Assert.True(bob.KeysWiped);
        Assert.True(alice.KeysWiped);
    }

    [Fact]
    public async Task WrongWords_NeitherSideConnects()
    {
        using var invite = RoomInvite.Create();
        using var mistyped = Session.Hardened.Invites.WrongWordsFor(invite);
        using var alice = NewSession(invite, InviteRole.Creator);
        using var bob = NewSession(mistyped, InviteRole.Joiner);
        var aliceEnd = First<Destroyed>(alice);
        var bobEnd = First<Destroyed>(bob);

        alice.Start();
        bob.Start();

        Assert.Equal(ErrorCode.HandshakeFailed, (await bobEnd).Reason);
        Assert.Equal(ErrorCode.HandshakeFailed, (await aliceEnd).Reason);
    }
}

using Microsoft.Reactive.Testing;
using SecureChat.Core.Tests.Session;
using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>The hardened handshake's states, frame by frame on a <see cref="TestScheduler"/>, with the test as relay and peer.</summary>
public sealed class HardenedSessionTests : ReactiveTest
{
    private static readonly SessionState[] ToConnected =
        [SessionState.Init, SessionState.InputValidation, SessionState.Searching, SessionState.UserFound, SessionState.KeySetup, SessionState.Connected];

    [Fact]
    public void Handshake_Creator_SendsHs1AndConnectsOnlyAfterHs4()
    {
        using var h = new HardenedHarness(InviteRole.Creator);
        h.Pair();
        Assert.Equal(h.Invite.RoomId, ((JoinFrame)FrameCodec.Decode(h.SentFrames.First()).Frame!).Room);
        Assert.IsType<Hs1>(h.LastHandshake());
        Assert.Equal(SessionState.KeySetup, h.Session.State);

        h.FromRelay(h.PeerAnswers(h.LastHandshake())!);
        Assert.IsType<Hs3>(h.LastHandshake());
        Assert.Equal(SessionState.KeySetup, h.Session.State);

        h.FromRelay(h.PeerAnswers(h.LastHandshake())!);
        Assert.Equal(SessionState.Connected, h.Session.State);
        Assert.Equal(ToConnected, h.States.Messages.Select(m => m.Value.Value));
        var connected = h.EventValues.OfType<Connected>().Single();
        Assert.Equal(h.PeerSas, connected.SafetyNumber);
        Assert.Equal(ProtocolMode.Hardened, connected.Protocol);
        Assert.Single(h.EventValues.OfType<PeerFound>());
    }

    [Fact]
    public void Handshake_Joiner_WaitsForHs1AnswersAndConnectsAfterHs3()
    {
        using var h = new HardenedHarness(InviteRole.Joiner);
        h.Pair();
        Assert.Single(h.SentFrames); // JOIN only: the joiner never speaks first
        Assert.Equal(SessionState.KeySetup, h.Session.State);

        h.FromRelay(((HandshakeInitiator)h.Peer).Start().Encode());
        Assert.IsType<Hs2>(h.LastHandshake());
        h.FromRelay(h.PeerAnswers(h.LastHandshake())!);

        Assert.IsType<Hs4>(h.LastHandshake());
        Assert.Equal(SessionState.Connected, h.Session.State);
        Assert.Null(h.PeerAnswers(h.LastHandshake()));
        Assert.Equal(h.PeerSas, h.EventValues.OfType<Connected>().Single().SafetyNumber);
    }

    [Fact]
    public void HandshakeTimeout_PeerNeverAnswersHs1_FiresAtExactlyTheConfiguredTick()
    {
        var timeout = TimeSpan.FromSeconds(10);
        using var h = new HardenedHarness(InviteRole.Creator, timeout);
        h.Pair();
        var keySetupAt = h.States.Messages.Single(m => m.Value.Value == SessionState.KeySetup).Time;

        h.Scheduler.AdvanceTo(keySetupAt + timeout.Ticks - 1);
        Assert.Equal(SessionState.KeySetup, h.Session.State);
        h.Scheduler.AdvanceTo(keySetupAt + timeout.Ticks);

        var destroyed = h.Events.Messages.Single(m => m.Value.HasValue && m.Value.Value is Destroyed);
        Assert.Equal(keySetupAt + timeout.Ticks, destroyed.Time);
        Assert.Equal(ErrorCode.HandshakeTimeout, ((Destroyed)destroyed.Value.Value).Reason);
        Assert.True(h.Session.KeysWiped);
    }

    [Theory]
    [InlineData(InviteRole.Creator)]
    [InlineData(InviteRole.Joiner)]
    public void HandshakeTimeout_OnceConnected_NeverFires(InviteRole role)
    {
        var timeout = TimeSpan.FromSeconds(10);
        using var h = new HardenedHarness(role, timeout);
        h.Connect();
        h.Scheduler.AdvanceBy(timeout.Ticks * 3);

        Assert.Equal(SessionState.Connected, h.Session.State);
        Assert.Null(h.Destroyed);
    }

    [Fact]
    public void Hardened_WithoutInvite_IsDestroyedWithMissingInvite()
    {
        using var h = new HardenedHarness(InviteRole.Creator, withInvite: false);
        h.Session.Start();
        h.Run();

        Assert.Equal(ErrorCode.MissingInvite, h.Destroyed?.Reason);
        Assert.Empty(h.SentFrames);
    }

    [Fact]
    public void Hardened_ChatBothWaysThenPeerClose_EndsOrderly()
    {
        using var h = new HardenedHarness(InviteRole.Creator);
        h.Connect();
        h.Session.Send("from the session");
        h.Run();
        Assert.True(DataFrame.TryParse(h.SentFrames.Last(), out var chunk));
        Assert.True(h.PeerChannel!.TryOpen(chunk, out var opened));
        Assert.Equal("from the session", opened.Text);

        Assert.True(h.PeerChannel.TrySeal(ChannelMessageKind.Text, "from the \u001b[31mpeer", out var reply));
        h.FromRelay(DataFrame.Encode(reply));
        Assert.True(h.PeerChannel.TrySeal(ChannelMessageKind.Close, default, out var close));
        h.FromRelay(DataFrame.Encode(close));

        Assert.Equal(["from the peer"], h.EventValues.OfType<MessageReceived>().Select(m => m.Text).Select(t => t.Replace("[31m", "", StringComparison.Ordinal)));
        Assert.DoesNotContain(h.EventValues.OfType<MessageReceived>(), m => m.Text.Contains('\u001b', StringComparison.Ordinal));
        Assert.Equal(ErrorCode.PeerLeft, h.Destroyed?.Reason);
        Assert.True(h.Destroyed!.IsOrderly);
    }

    [Fact]
    public void Hardened_Quit_SendsTheAuthenticatedCloseBeforeDisconnecting()
    {
        using var h = new HardenedHarness(InviteRole.Joiner);
        h.Connect();
        _ = h.Session.Quit();
        h.Run();

        Assert.True(DataFrame.TryParse(h.SentFrames.Last(), out var chunk));
        Assert.True(h.PeerChannel!.TryOpen(chunk, out var opened));
        Assert.Equal(ChannelMessageKind.Close, opened.Kind);
        Assert.True(h.PeerChannel.PeerClosed);
        Assert.Equal(ErrorCode.LocalQuit, h.Destroyed?.Reason);
    }

    [Fact]
    public void Hardened_HandshakeMessageWhileConnected_IsUnexpected()
    {
        using var h = new HardenedHarness(InviteRole.Creator);
        h.Connect();
        using var stranger = new HandshakeInitiator(h.Invite.Code.RoomId, "x"u8);
        h.FromRelay(stranger.Start().Encode());

        Assert.Equal(ErrorCode.UnexpectedFrame, h.Destroyed?.Reason);
    }

    [Fact]
    public void Hardened_DataBeforeKeys_IsUnexpectedAndShowsNothing()
    {
        using var h = new HardenedHarness(InviteRole.Joiner);
        h.Pair();
        h.FromRelay(DataFrame.Encode(new byte[DataFrame.MinChunkSize]));

        Assert.Equal(ErrorCode.UnexpectedFrame, h.Destroyed?.Reason);
        Assert.Empty(h.EventValues.OfType<MessageReceived>());
    }

    [Fact]
    public void Legacy_HardenedFrame_IsDowngradeRefused()
    {
        using var h = new SessionHarness();
        h.Connect();
        using var creator = new HandshakeInitiator("ROOM1234", "x"u8);
        h.FromRelay(creator.Start().Encode());

        Assert.Equal(ErrorCode.DowngradeRefused, h.Destroyed?.Reason);
    }

    [Fact]
    public void Legacy_HardenedDataFrame_IsDowngradeRefused()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.FromRelay(DataFrame.Encode(new byte[DataFrame.MinChunkSize]));

        Assert.Equal(ErrorCode.DowngradeRefused, h.Destroyed?.Reason);
        Assert.Empty(h.EventValues.OfType<MessageReceived>());
    }
}

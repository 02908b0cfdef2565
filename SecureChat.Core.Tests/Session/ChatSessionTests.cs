using System.Reactive;
using System.Reactive.Linq;
using Microsoft.Reactive.Testing;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Session;

public sealed class ChatSessionTests : ReactiveTest
{
    [Fact]
    public void Session_HappyPath_JoinsExchangesKeysAndChatsBothWays()
    {
        using var h = new SessionHarness();
        h.Connect();

        Assert.Equal(SessionState.Connected, h.Session.State);
        Assert.Equal("ROOM1234", h.SentFrames<JoinFrame>().Single().Room);
        var connected = h.EventValues.OfType<Connected>().Single();
        Assert.Matches("^([0-9]{5} ){11}[0-9]{5}$", connected.SafetyNumber);

        h.FromRelay(new MessageFrame(h.SealFromPeer("hello from peer")));
        h.Session.Send("hello from us");
        h.Run();

        Assert.Equal("hello from peer", h.EventValues.OfType<MessageReceived>().Single().Text);
        Assert.Equal("hello from us", h.EventValues.OfType<MessageSent>().Single().Text);
        var sent = h.SentFrames<MessageFrame>().Single();
        Assert.Equal("hello from us", h.PeerCipher!.Open(sent.Payload).Text);
    }

    [Fact]
    public void Session_States_FollowTheSpecificationOrder()
    {
        using var h = new SessionHarness();
        h.Connect();

        Assert.Equal(
            [SessionState.Init, SessionState.InputValidation, SessionState.Searching, SessionState.UserFound, SessionState.KeySetup, SessionState.Connected],
            h.States.Messages.Where(m => m.Value.HasValue).Select(m => m.Value.Value));
    }

    [Fact]
    public void Session_MessageBeforeKeys_IsDestroyedAndShowsNothing()
    {
        using var h = new SessionHarness();
        h.Session.Start();
        h.Run();
        h.FromRelay(PeerFoundFrame.Instance);
        h.FromRelay(new MessageFrame(new byte[64]));

        Assert.Equal(ErrorCode.UnexpectedFrame, h.Destroyed?.Reason);
        Assert.Empty(h.EventValues.OfType<MessageReceived>());
    }

    [Fact]
    public void Session_SecondKeyExchange_IsDestroyed()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.FromRelay(new KeyExchangeFrame(h.PeerKeys.PublicKey.ToArray()));

        Assert.Equal(ErrorCode.DuplicateKeyExchange, h.Destroyed?.Reason);
        Assert.Equal(SessionState.SessionDestroyed, h.Session.State);
    }

    [Theory]
    [InlineData("{\"type\":\"HELLO\"}", ErrorCode.UnknownType)]
    [InlineData("{\"type\":\"SIGNAL\",\"kind\":\"FILE_CHUNK\",\"payload\":\"AA==\"}", ErrorCode.UnknownKind)]
    [InlineData("<html>", ErrorCode.MalformedJson)]
    [InlineData("{\"type\":\"JOIN\",\"room\":\"ROOM1234\"}", ErrorCode.UnexpectedFrame)]
    public void Session_BadFrameWhileConnected_IsDestroyedWithItsCode(string frame, ErrorCode expected)
    {
        using var h = new SessionHarness();
        h.Connect();
        h.FromRelay(frame);

        Assert.Equal(expected, h.Destroyed?.Reason);
    }

    [Fact]
    public void Session_TamperedMessage_IsDestroyedAndNothingIsShown()
    {
        using var h = new SessionHarness();
        h.Connect();
        var payload = h.SealFromPeer("transfer 10 EUR");
        payload[^1] ^= 0x01;
        h.FromRelay(new MessageFrame(payload));

        Assert.Equal(ErrorCode.DecryptionFailed, h.Destroyed?.Reason);
        Assert.Empty(h.EventValues.OfType<MessageReceived>());
    }

    [Fact]
    public void Session_ReplayedMessage_IsDestroyedAfterTheFirstCopy()
    {
        using var h = new SessionHarness();
        h.Connect();
        var payload = h.SealFromPeer("once");
        h.FromRelay(new MessageFrame(payload));
        h.FromRelay(new MessageFrame(payload));

        Assert.Single(h.EventValues.OfType<MessageReceived>());
        Assert.Equal(ErrorCode.ReplayDetected, h.Destroyed?.Reason);
    }

    [Fact]
    public void Session_OwnMessageReflected_IsDestroyed()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.Session.Send("mine");
        h.Run();
        h.FromRelay(h.SentFrames<MessageFrame>().Single());

        Assert.Equal(ErrorCode.ReplayDetected, h.Destroyed?.Reason);
        Assert.Empty(h.EventValues.OfType<MessageReceived>());
    }

    [Fact]
    public void Session_OwnKeyReflected_IsDestroyed()
    {
        using var h = new SessionHarness();
        h.Session.Start();
        h.Run();
        h.FromRelay(PeerFoundFrame.Instance);
        h.Run();
        h.FromRelay(h.SentFrames<KeyExchangeFrame>().Single());

        Assert.Equal(ErrorCode.UnexpectedFrame, h.Destroyed?.Reason);
        Assert.DoesNotContain(h.EventValues, e => e is Connected);
    }

    [Fact]
    public void Session_LowOrderPeerKey_IsRefused()
    {
        using var h = new SessionHarness();
        h.Session.Start();
        h.Run();
        h.FromRelay(PeerFoundFrame.Instance);
        h.FromRelay(new KeyExchangeFrame(Convert.FromHexString("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")));

        Assert.Equal(ErrorCode.WeakPublicKey, h.Destroyed?.Reason);
        Assert.DoesNotContain(h.EventValues, e => e is Connected);
    }

    [Fact]
    public void Session_TransportDrop_IsDestroyedWithTransportLost()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.RelayEnd.Drop();
        h.Run();

        Assert.Equal(ErrorCode.TransportLost, h.Destroyed?.Reason);
        Assert.True(h.Session.KeysWiped);
    }

    [Fact]
    public void Session_PeerLeft_EndsOrderly()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.FromRelay(PeerLeftFrame.Instance);

        Assert.Equal(ErrorCode.PeerLeft, h.Destroyed?.Reason);
        Assert.True(h.Destroyed!.IsOrderly);
    }

    [Fact]
    public void Session_RelayError_IsDestroyedWithSanitisedMessage()
    {
        using var h = new SessionHarness();
        h.Session.Start();
        h.Run();
        h.FromRelay(new ErrorFrame(2001, "room full\u001b[2J"));

        Assert.Equal(ErrorCode.RelayError, h.Destroyed?.Reason);
        Assert.Contains("2001 room full", h.Destroyed!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', h.Destroyed.Message);
    }

    [Fact]
    public void Session_InvalidRoom_IsDestroyedWithoutConnecting()
    {
        using var h = new SessionHarness(room: "lower");
        h.Session.Start();
        h.Run();

        Assert.Equal(ErrorCode.InvalidRoom, h.Destroyed?.Reason);
        Assert.False(h.SessionEnd.IsOpen);
        Assert.Empty(h.SentByClient);
    }

    [Fact]
    public void Session_SendBeforeConnected_WarnsNotConnected()
    {
        using var h = new SessionHarness();
        h.Session.Start();
        h.Session.Send("too early");
        h.Run();

        Assert.Equal(ErrorCode.NotConnected, h.EventValues.OfType<Warning>().Single().Code);
        Assert.Empty(h.SentFrames<MessageFrame>());
    }

    [Fact]
    public void Session_InvalidLines_WarnAndSessionGoesOn()
    {
        using var h = new SessionHarness();
        h.Connect();
        h.Session.Send("");
        h.Session.Send(new string('a', 1001));
        h.Session.Send("fine");
        h.Run();

        Assert.Equal([ErrorCode.MessageEmpty, ErrorCode.MessageTooLong], h.EventValues.OfType<Warning>().Select(w => w.Code));
        Assert.Single(h.SentFrames<MessageFrame>());
        Assert.Equal(SessionState.Connected, h.Session.State);
    }

    [Fact]
    public void Session_Burst_IsPacedByTheTokenBucket()
    {
        // One token per 100 ticks, one in the bucket, room for one waiting line.
        using var h = new SessionHarness(rateLimit: new RateLimitOptions(Capacity: 1, TokensPerSecond: 100_000, MaxQueued: 1));
        h.Connect();
        var start = h.Scheduler.Clock;
        h.Session.Send("one");
        h.Session.Send("two");
        h.Session.Send("three");
        h.Scheduler.AdvanceBy(200);

        var sent = h.Events.Messages.Where(m => m.Value.Value is MessageSent).Select(m => (m.Time - start, ((MessageSent)m.Value.Value).Text)).ToList();
        Assert.Equal([(0L, "one"), (100L, "two")], sent);
        Assert.Equal(ErrorCode.RateLimited, h.EventValues.OfType<Warning>().Single().Code);
    }

    [Fact]
    public async Task Session_Quit_WipesKeysCompletesStreamsAndEmitsNothingAfter()
    {
        using var h = new SessionHarness();
        h.Connect();
        var completion = h.Session.Quit();
        h.Run();
        h.Session.Send("after");
        h.FromRelay(new MessageFrame(h.SealFromPeer("late")));

        Assert.True(h.Session.KeysWiped);
        Assert.Equal(ErrorCode.LocalQuit, h.Destroyed?.Reason);
        Assert.Equal(NotificationKind.OnCompleted, h.Events.Messages[^1].Value.Kind);
        Assert.IsType<Destroyed>(h.Events.Messages[^2].Value.Value);
        Assert.Equal(NotificationKind.OnCompleted, h.States.Messages[^1].Value.Kind);
        Assert.Equal(SessionState.SessionDestroyed, h.States.Messages[^2].Value.Value);
        var final = await completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ErrorCode.LocalQuit, final.Reason);
        Assert.False(h.SessionEnd.IsOpen);
    }

    [Fact]
    public void Session_SendFromTheDestroyedHandler_EmitsNothingAfterDestroyed()
    {
        using var h = new SessionHarness();
        h.Connect();
        using var reacting = h.Session.Events.OfType<Destroyed>().Subscribe(_ => h.Session.Send("one more"));

        h.FromRelay(PeerLeftFrame.Instance);

        Assert.Equal(ErrorCode.PeerLeft, h.Destroyed?.Reason);
        Assert.Equal(NotificationKind.OnCompleted, h.Events.Messages[^1].Value.Kind);
        Assert.IsType<Destroyed>(h.Events.Messages[^2].Value.Value);
    }

    [Fact]
    public void Session_StartTwice_IsMisuse()
    {
        using var h = new SessionHarness();
        h.Session.Start();

        Assert.Throws<InvalidOperationException>(h.Session.Start);
    }
}

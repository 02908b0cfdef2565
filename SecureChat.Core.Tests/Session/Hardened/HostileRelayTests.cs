using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;

namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>One test per relay attack on two real hardened sessions: each ends with its code and shows nothing forged.</summary>
public sealed class HostileRelayTests : IDisposable
{
    private readonly RoomInvite _invite = RoomInvite.Create();
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        _owned.ForEach(d => d.Dispose());
        _invite.Dispose();
    }

    [Fact]
    public void Relay_Honest_BothConnectWithTheSameSasAndChat()
    {
        var relay = Connected();
        relay.Creator.Send("hello joiner");
        relay.Joiner.Send("hello creator");
        relay.Run();

        Assert.Equal(relay.ConnectedOf(Side.Creator)!.SafetyNumber, relay.ConnectedOf(Side.Joiner)!.SafetyNumber);
        Assert.Matches("^[a-z]+(-[a-z]+)* [a-z]+(-[a-z]+)* [a-z]+(-[a-z]+)*$", relay.ConnectedOf(Side.Creator)!.SafetyNumber);
        Assert.Equal(ProtocolMode.Hardened, relay.ConnectedOf(Side.Joiner)!.Protocol);
        Assert.Equal(["hello joiner"], relay.Received(Side.Joiner));
        Assert.Equal(["hello creator"], relay.Received(Side.Creator));
        Assert.DoesNotContain(relay.Signals, s => s.Frame.Contains("hello", StringComparison.Ordinal));
    }

    [Fact]
    public void Relay_Replay_DestroysWithDecryptionFailedAndShowsOnce()
    {
        var relay = Connected();
        relay.OnSignal = (from, frame) =>
        {
            relay.Deliver(HostileRelay.Other(from), frame);
            relay.Deliver(HostileRelay.Other(from), frame);
        };
        relay.Creator.Send("pay 10");
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DecryptionFailed);
        Assert.Equal(["pay 10"], relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_Reorder_DestroysWithDecryptionFailedAndShowsNothing()
    {
        var relay = Connected();
        var held = new List<string>();
        relay.OnSignal = (_, frame) => held.Add(frame);
        relay.Creator.Send("first");
        relay.Creator.Send("second");
        relay.Run();
        relay.Deliver(Side.Joiner, held[1]);
        relay.Deliver(Side.Joiner, held[0]);
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DecryptionFailed);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_Drop_IsDetectedAtTheNextMessage()
    {
        var relay = Connected();
        var count = 0;
        relay.OnSignal = (from, frame) =>
        {
            if (count++ != 0)
            {
                relay.Deliver(HostileRelay.Other(from), frame);
            }
        };
        relay.Creator.Send("dropped");
        relay.Run();
        Assert.Equal(SessionState.Connected, relay.Joiner.State);
        relay.Creator.Send("after the drop");
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DecryptionFailed);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(272)]
    public void Relay_TamperedByte_DestroysWithDecryptionFailedAndShowsNothing(int index)
    {
        var relay = Connected();
        relay.OnSignal = (from, frame) =>
        {
            Assert.True(DataFrame.TryParse(frame, out var chunk));
            chunk[index] ^= 0x20;
            relay.Deliver(HostileRelay.Other(from), DataFrame.Encode(chunk));
        };
        relay.Creator.Send("meet at noon");
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DecryptionFailed);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_InjectedMessage_DestroysWithDecryptionFailedAndShowsNothing()
    {
        var relay = Connected();
        var forged = new byte[DataFrame.MinChunkSize];
        Random.Shared.NextBytes(forged);
        relay.Deliver(Side.Joiner, DataFrame.Encode(forged));
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DecryptionFailed);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_QuitForwarded_EndsThePeerOrderly()
    {
        var relay = Connected();
        _ = relay.Creator.Quit();
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.PeerLeft);
        Assert.True(relay.DestroyedOf(Side.Joiner)!.IsOrderly);
        Assert.Equal(ErrorCode.LocalQuit, relay.DestroyedOf(Side.Creator)?.Reason);
    }

    [Fact]
    public void Relay_FinalCloseReplacedByPeerLeft_IsTruncated()
    {
        var relay = Connected();
        relay.OnSignal = (_, _) => { }; // swallows the authenticated close; PEER_LEFT still follows the disconnect
        _ = relay.Creator.Quit();
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.Truncated);
        Assert.False(relay.DestroyedOf(Side.Joiner)!.IsOrderly);
    }

    [Fact]
    public void Relay_MessagesSwallowedThenPeerLeft_IsTruncated()
    {
        var relay = Connected();
        relay.AnnouncesPeerLeft = false;
        relay.OnSignal = (_, _) => { };
        relay.Creator.Send("last words");
        relay.Run();
        relay.Deliver(Side.Joiner, FrameCodec.Encode(PeerLeftFrame.Instance));
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.Truncated);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_ConnectionCutWhileConnected_IsTruncated()
    {
        var relay = Connected();
        relay.Cut(Side.Joiner);
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.Truncated);
    }

    [Fact]
    public void Relay_LegacyKeyExchangeToHardenedClient_IsDowngradeRefused()
    {
        var relay = New(_invite, CopyOfInvite());
        relay.OnSignal = (_, _) => { }; // the relay answers hs1 itself, with the legacy protocol
        relay.Start();
        relay.Deliver(Side.Creator, FrameCodec.Encode(new KeyExchangeFrame(new byte[32])));
        relay.Deliver(Side.Joiner, FrameCodec.Encode(new KeyExchangeFrame(new byte[32])));
        relay.Run();

        AssertDestroyed(relay, Side.Creator, ErrorCode.DowngradeRefused);
        AssertDestroyed(relay, Side.Joiner, ErrorCode.DowngradeRefused);
        Assert.Null(relay.ConnectedOf(Side.Creator));
    }

    [Fact]
    public void Relay_LegacyMessageWhileConnected_IsDowngradeRefused()
    {
        var relay = Connected();
        relay.Deliver(Side.Joiner, FrameCodec.Encode(new MessageFrame(new byte[64])));
        relay.Run();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.DowngradeRefused);
        Assert.Empty(relay.Received(Side.Joiner));
    }

    [Fact]
    public void Relay_WrongCode_FailsTheHandshakeOnBothSidesAndNeitherConnects()
    {
        var relay = New(_invite, Own(Invites.WrongWordsFor(_invite)));
        relay.Start();

        AssertDestroyed(relay, Side.Joiner, ErrorCode.HandshakeFailed);
        AssertDestroyed(relay, Side.Creator, ErrorCode.HandshakeFailed);
        Assert.Null(relay.ConnectedOf(Side.Creator));
        Assert.Null(relay.ConnectedOf(Side.Joiner));
        Assert.True(relay.Creator.KeysWiped);
        Assert.True(relay.Joiner.KeysWiped);
        Assert.True(_invite.IsDisposed, "a failed handshake burns the creator's code");
    }

    [Fact]
    public void Relay_BurntCode_CannotBeUsedForASecondAttempt()
    {
        var honestJoiner = CopyOfInvite();
        var relay = New(_invite, Own(Invites.WrongWordsFor(_invite)));
        relay.Start();
        var retry = New(_invite, honestJoiner);

        retry.Start();

        AssertDestroyed(retry, Side.Creator, ErrorCode.MissingInvite);
        Assert.Null(retry.ConnectedOf(Side.Creator));
    }

    private HostileRelay Connected()
    {
        var relay = New(_invite, CopyOfInvite());
        relay.Start();
        Assert.Equal(SessionState.Connected, relay.Creator.State);
        Assert.Equal(SessionState.Connected, relay.Joiner.State);
        return relay;
    }

    private RoomInvite CopyOfInvite() => Own(Invites.CopyOf(_invite));

    private HostileRelay New(RoomInvite creator, RoomInvite joiner) => Own(new HostileRelay(creator, joiner));

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Insert(0, disposable);
        return disposable;
    }

    private static void AssertDestroyed(HostileRelay relay, Side side, ErrorCode expected)
    {
        Assert.Equal(expected, relay.DestroyedOf(side)?.Reason);
        Assert.Equal(SessionState.SessionDestroyed, relay.SessionOf(side).State);
        Assert.True(relay.SessionOf(side).KeysWiped);
    }
}

using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>
/// Key substitution: the relay runs its own handshake with each side (joiner to the creator, creator to the joiner).
/// Without the invite's words it fails; with them (a leaked code) both sides connect but show different SAS words.
/// </summary>
public sealed class MitmRelayTests : IDisposable
{
    private readonly RoomInvite _invite = RoomInvite.Create();
    private readonly RoomInvite _joinerCopy;

    public MitmRelayTests() => _joinerCopy = Invites.CopyOf(_invite);

    public void Dispose()
    {
        _joinerCopy.Dispose();
        _invite.Dispose();
    }

    [Fact]
    public void Mitm_WithoutTheWords_FailsTheJoinerAndTimesOutTheCreator()
    {
        using var guess = Invites.WrongWordsFor(_invite);
        using var relay = new HostileRelay(_invite, _joinerCopy) { AnnouncesPeerLeft = false };
        using var attack = new Interception(relay, guess.Code);
        relay.Start();

        Assert.Equal(ErrorCode.HandshakeFailed, relay.DestroyedOf(Side.Joiner)?.Reason);
        Assert.Equal(SessionState.KeySetup, relay.Creator.State);
        relay.Scheduler.AdvanceBy(TimeSpan.FromSeconds(60).Ticks);

        Assert.Equal(ErrorCode.HandshakeTimeout, relay.DestroyedOf(Side.Creator)?.Reason);
        Assert.Null(relay.ConnectedOf(Side.Creator));
        Assert.Null(relay.ConnectedOf(Side.Joiner));
        Assert.NotEqual(HandshakeFailure.None, attack.TowardCreator.Failure);
    }

    [Fact]
    public void Mitm_WithALeakedCode_ConnectsBothButTheSasWordsDiffer()
    {
        using var leaked = Invites.CopyOf(_invite);
        using var relay = new HostileRelay(_invite, _joinerCopy);
        using var attack = new Interception(relay, leaked.Code);
        relay.Start();

        var creatorSas = relay.ConnectedOf(Side.Creator)?.SafetyNumber;
        var joinerSas = relay.ConnectedOf(Side.Joiner)?.SafetyNumber;
        Assert.NotNull(creatorSas);
        Assert.NotNull(joinerSas);
        Assert.NotEqual(creatorSas, joinerSas);
    }

    /// <summary>The relay's two handshakes; it answers each side itself and forwards nothing.</summary>
    private sealed class Interception : IDisposable
    {
        public Interception(HostileRelay relay, InviteCode code)
        {
            TowardCreator = new HandshakeResponder(code);
            TowardJoiner = new HandshakeInitiator(code);
            relay.OnSignal = (from, frame) =>
            {
                if (!HandshakeMessage.TryParse(frame, out var message))
                {
                    return; // data chunks: a real attacker would re-encrypt; the SAS already differs
                }

                if (from == Side.Creator && message is Hs1)
                {
                    relay.Deliver(Side.Joiner, TowardJoiner.Start().Encode());
                }

                HandshakeParty party = from == Side.Creator ? TowardCreator : TowardJoiner;
                if (party.Process(message, out var reply) == HandshakeFailure.None && reply is not null)
                {
                    relay.Deliver(from, reply.Encode());
                }
            };
        }

        public HandshakeResponder TowardCreator { get; }

        public HandshakeInitiator TowardJoiner { get; }

        public void Dispose()
        {
            TowardCreator.Dispose();
            TowardJoiner.Dispose();
        }
    }
}

using System.Reactive.Linq;
using Microsoft.Reactive.Testing;
using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat.Core.Tests.Session.Hardened;

/// <summary>
/// A hardened session on one end of an in-memory transport on a <see cref="TestScheduler"/>; the test plays the relay
/// and the peer (the opposite handshake role, from a copy of the invite), frame by frame.
/// </summary>
internal sealed class HardenedHarness : IDisposable
{
    public HardenedHarness(
        InviteRole role, TimeSpan? handshakeTimeout = null, bool withInvite = true,
        Func<ChatSessionOptions, ChatSessionOptions>? configure = null)
    {
        Invite = RoomInvite.Create();
        PeerInvite = Invites.CopyOf(Invite);
        Peer = role == InviteRole.Creator ? new HandshakeResponder(PeerInvite.Code) : new HandshakeInitiator(PeerInvite.Code);
        (SessionEnd, RelayEnd) = InMemoryTransport.CreatePair(Scheduler);
        RelayEnd.ConnectAsync();
        Sent = Scheduler.CreateObserver<string>();
        RelayEnd.MessageReceived.Subscribe(Sent);
        var options = new ChatSessionOptions
        {
            Room = "IGNOREDROOM1",
            Invite = withInvite ? Invite : null,
            Role = role,
            Scheduler = Scheduler,
            HandshakeTimeout = handshakeTimeout ?? TimeSpan.FromSeconds(60),
            TransportFactory = _ => SessionEnd,
        };
        Session = new ChatSession(configure?.Invoke(options) ?? options);
        Events = Scheduler.CreateObserver<ChatEvent>();
        States = Scheduler.CreateObserver<SessionState>();
        Session.Events.Subscribe(Events);
        Session.States.Subscribe(States);
    }

    public TestScheduler Scheduler { get; } = new();

    public RoomInvite Invite { get; }

    public RoomInvite PeerInvite { get; }

    /// <summary>The peer's handshake: a responder when the session creates, an initiator when it joins.</summary>
    public HandshakeParty Peer { get; }

    public SecureChannel? PeerChannel { get; private set; }

    public string? PeerSas { get; private set; }

    public InMemoryTransport SessionEnd { get; }

    public InMemoryTransport RelayEnd { get; }

    public ChatSession Session { get; }

    public ITestableObserver<string> Sent { get; }

    public ITestableObserver<ChatEvent> Events { get; }

    public ITestableObserver<SessionState> States { get; }

    public IEnumerable<string> SentFrames => Sent.Messages.Where(m => m.Value.HasValue).Select(m => m.Value.Value);

    public IEnumerable<ChatEvent> EventValues => Events.Messages.Where(m => m.Value.HasValue).Select(m => m.Value.Value);

    public Destroyed? Destroyed => EventValues.OfType<Destroyed>().SingleOrDefault();

    /// <summary>A few ticks: each in-memory hop takes one.</summary>
    public void Run() => Scheduler.AdvanceBy(10);

    public void FromRelay(string frame)
    {
        RelayEnd.Send(frame);
        Run();
    }

    /// <summary>Start and pair: the session is in KeySetup (the creator has sent hs1).</summary>
    public void Pair()
    {
        Session.Start();
        Run();
        FromRelay(FrameCodec.Encode(PeerFoundFrame.Instance));
    }

    /// <summary>The last frame the session sent, as a handshake message.</summary>
    public HandshakeMessage LastHandshake()
    {
        Assert.True(HandshakeMessage.TryParse(SentFrames.Last(), out var message));
        return message;
    }

    /// <summary>Feeds a session message to the peer and returns the peer's reply frame, if any.</summary>
    public string? PeerAnswers(HandshakeMessage message)
    {
        Assert.Equal(HandshakeFailure.None, Peer.Process(message, out var reply));
        if (Peer.IsComplete)
        {
            using var result = Peer.TakeResult();
            PeerSas = result.Sas;
            PeerChannel = result.OpenChannel();
        }

        return reply?.Encode();
    }

    /// <summary>Runs the whole handshake for either role: the session ends in Connected.</summary>
    public void Connect()
    {
        Pair();
        if (Peer is HandshakeInitiator initiator)
        {
            FromRelay(initiator.Start().Encode());
        }

        while (!Peer.IsComplete && PeerChannel is null && Destroyed is null)
        {
            if (PeerAnswers(LastHandshake()) is { } reply)
            {
                FromRelay(reply);
            }
        }
    }

    public void Dispose()
    {
        Session.Dispose();
        Run();
        PeerChannel?.Dispose();
        Peer.Dispose();
        PeerInvite.Dispose();
        Invite.Dispose();
    }
}

using Microsoft.Reactive.Testing;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat.Core.Tests.Session.Hardened;

internal enum Side
{
    Creator,
    Joiner,
}

/// <summary>
/// An in-memory relay between two real hardened sessions on one <see cref="TestScheduler"/>: it pairs them after
/// both JOINs, forwards SIGNAL frames (or hands them to <see cref="OnSignal"/>, which may alter, drop, hold or
/// inject), and sends PEER_LEFT when one side's connection closes, like the real relay.
/// </summary>
internal sealed class HostileRelay : IDisposable
{
    private readonly Dictionary<Side, InMemoryTransport> _relayEnds = [];
    private readonly HashSet<Side> _joined = [];
    private readonly Func<ChatSessionOptions, ChatSessionOptions> _configure;

    public HostileRelay(
        RoomInvite creatorInvite, RoomInvite joinerInvite, TimeSpan? handshakeTimeout = null,
        Func<ChatSessionOptions, ChatSessionOptions>? configure = null)
    {
        _configure = configure ?? (o => o);
        Creator = NewSession(Side.Creator, creatorInvite, InviteRole.Creator, handshakeTimeout);
        Joiner = NewSession(Side.Joiner, joinerInvite, InviteRole.Joiner, handshakeTimeout);
        CreatorEvents = Scheduler.CreateObserver<ChatEvent>();
        JoinerEvents = Scheduler.CreateObserver<ChatEvent>();
        Creator.Events.Subscribe(CreatorEvents);
        Joiner.Events.Subscribe(JoinerEvents);
    }

    public TestScheduler Scheduler { get; } = new();

    public ChatSession Creator { get; }

    public ChatSession Joiner { get; }

    public ITestableObserver<ChatEvent> CreatorEvents { get; }

    public ITestableObserver<ChatEvent> JoinerEvents { get; }

    /// <summary>Every SIGNAL each side sent, as it left the client.</summary>
    public List<(Side From, string Frame)> Signals { get; } = [];

    /// <summary>When set, SIGNALs go here instead of being forwarded; use <see cref="Deliver"/> to pass anything on.</summary>
    public Action<Side, string>? OnSignal { get; set; }

    /// <summary>Whether the relay sends PEER_LEFT when a side's connection closes.</summary>
    public bool AnnouncesPeerLeft { get; set; } = true;

    public static Side Other(Side side) => side == Side.Creator ? Side.Joiner : Side.Creator;

    public ChatSession SessionOf(Side side) => side == Side.Creator ? Creator : Joiner;

    public IEnumerable<ChatEvent> EventsOf(Side side) =>
        (side == Side.Creator ? CreatorEvents : JoinerEvents).Messages.Where(m => m.Value.HasValue).Select(m => m.Value.Value);

    public IEnumerable<string> Received(Side side) => EventsOf(side).OfType<MessageReceived>().Select(m => m.Text);

    public Destroyed? DestroyedOf(Side side) => EventsOf(side).OfType<Destroyed>().SingleOrDefault();

    public Connected? ConnectedOf(Side side) => EventsOf(side).OfType<Connected>().SingleOrDefault();

    /// <summary>Runs a few hundred ticks: every in-memory hop takes one, and timeouts are far longer.</summary>
    public void Run() => Scheduler.AdvanceBy(500);

    /// <summary>Sends a frame to a side as if from the relay.</summary>
    public void Deliver(Side to, string frame) => _relayEnds[to].Send(frame);

    /// <summary>Cuts a side's connection to the relay, as a network failure would.</summary>
    public void Cut(Side side) => _relayEnds[side].Drop();

    /// <summary>Starts both sessions and runs until nothing more happens at the current time.</summary>
    public void Start()
    {
        Creator.Start();
        Joiner.Start();
        Run();
    }

    public void Dispose()
    {
        Creator.Dispose();
        Joiner.Dispose();
        Run();
    }

    private ChatSession NewSession(Side side, RoomInvite invite, InviteRole role, TimeSpan? timeout)
    {
        var (sessionEnd, relayEnd) = InMemoryTransport.CreatePair(Scheduler);
        _relayEnds[side] = relayEnd;
        relayEnd.ConnectAsync();
        relayEnd.MessageReceived.Subscribe(frame => FromClient(side, frame));
        relayEnd.DisconnectionHappened.Subscribe(_ =>
        {
            if (AnnouncesPeerLeft && _joined.Remove(side))
            {
                Deliver(Other(side), FrameCodec.Encode(PeerLeftFrame.Instance));
            }
        });
        return new ChatSession(_configure(new ChatSessionOptions
        {
            Invite = invite,
            Role = role,
            Scheduler = Scheduler,
            HandshakeTimeout = timeout ?? TimeSpan.FromSeconds(60),
            TransportFactory = _ => sessionEnd,
        }));
    }

    private void FromClient(Side side, string frame)
    {
        if (FrameCodec.Decode(frame).Frame is JoinFrame)
        {
            _joined.Add(side);
            if (_joined.Count == 2)
            {
                Deliver(Side.Creator, FrameCodec.Encode(PeerFoundFrame.Instance));
                Deliver(Side.Joiner, FrameCodec.Encode(PeerFoundFrame.Instance));
            }

            return;
        }

        Signals.Add((side, frame));
        if (OnSignal is { } hook)
        {
            hook(side, frame);
        }
        else
        {
            Deliver(Other(side), frame);
        }
    }
}

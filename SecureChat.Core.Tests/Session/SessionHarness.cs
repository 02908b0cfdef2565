using Microsoft.Reactive.Testing;
using SecureChat.Crypto;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat.Core.Tests.Session;

/// <summary>
/// A session wired to one end of an in-memory transport on a <see cref="TestScheduler"/>; the test holds the
/// other end and plays the relay and the peer, frame by frame.
/// </summary>
internal sealed class SessionHarness : IDisposable
{
    public SessionHarness(string room = "ROOM1234", RateLimitOptions? rateLimit = null)
    {
        (SessionEnd, RelayEnd) = InMemoryTransport.CreatePair(Scheduler);
        RelayEnd.ConnectAsync();
        RelayEnd.MessageReceived.Subscribe(SentByClient.Add);
        Session = new ChatSession(new ChatSessionOptions
        {
            Room = room,
            Protocol = ProtocolMode.Legacy,
            Scheduler = Scheduler,
            RateLimit = rateLimit ?? new RateLimitOptions(),
            TransportFactory = _ => SessionEnd,
        });
        Events = Scheduler.CreateObserver<ChatEvent>();
        States = Scheduler.CreateObserver<SessionState>();
        Session.Events.Subscribe(Events);
        Session.States.Subscribe(States);
    }

    public TestScheduler Scheduler { get; } = new();

    public InMemoryTransport SessionEnd { get; }

    public InMemoryTransport RelayEnd { get; }

    public ChatSession Session { get; }

    public ITestableObserver<ChatEvent> Events { get; }

    public ITestableObserver<SessionState> States { get; }

    /// <summary>Every frame the session sent, as JSON text.</summary>
    public List<string> SentByClient { get; } = [];

    /// <summary>The peer's keys, made when the test plays the peer's key exchange.</summary>
    public EphemeralKeyPair PeerKeys { get; } = EphemeralKeyPair.Generate();

    public LegacyCipher? PeerCipher { get; private set; }

    public IEnumerable<ChatEvent> EventValues => Events.Messages.Where(m => m.Value.HasValue).Select(m => m.Value.Value);

    public Destroyed? Destroyed => EventValues.OfType<Destroyed>().SingleOrDefault();

    public void Run() => Scheduler.AdvanceBy(1);

    public void FromRelay(string frame)
    {
        RelayEnd.Send(frame);
        Run();
    }

    public void FromRelay(Frame frame) => FromRelay(FrameCodec.Encode(frame));

    /// <summary>Start, join, pair and exchange keys: the session ends in Connected.</summary>
    public void Connect()
    {
        Session.Start();
        Run();
        FromRelay(PeerFoundFrame.Instance);
        FromRelay(new KeyExchangeFrame(PeerKeys.PublicKey.ToArray()));
        var sessionKey = SentFrames<KeyExchangeFrame>().Single().PublicKey;
        PeerCipher = LegacyCipher.TryCreate(PeerKeys, sessionKey);
    }

    public IEnumerable<T> SentFrames<T>() where T : Frame =>
        SentByClient.Select(FrameCodec.Decode).Select(r => r.Frame).OfType<T>();

    /// <summary>A message as the peer would seal it.</summary>
    public byte[] SealFromPeer(string text) => PeerCipher!.Seal(text);

    public void Dispose()
    {
        Session.Dispose();
        Run();
        PeerCipher?.Dispose();
        PeerKeys.Dispose();
    }
}

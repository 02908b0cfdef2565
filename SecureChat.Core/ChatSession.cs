using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using SecureChat.Crypto;
using SecureChat.Crypto.Hardened;
using SecureChat.Lifecycle;
using SecureChat.Pipeline;
using SecureChat.Protocol;
using SecureChat.Transport;

namespace SecureChat;

/// <summary>
/// One end-to-end encrypted chat with one peer through a relay. Subscribe to <see cref="Events"/>, call
/// <see cref="Start"/>, <see cref="Send"/> lines, and <see cref="Quit"/>. In hardened mode files (<see cref="SendFile"/>)
/// and a binary pipe (<see cref="SendPipeDataAsync"/>) travel inside the same encrypted channel. Every failure ends the session: keys are
/// wiped, a final <see cref="Destroyed"/> event is emitted and every stream completes. Thread-safe.
/// </summary>
/// <remarks>
/// <see cref="ProtocolMode.Hardened"/> (the default) authenticates the key exchange with a <see cref="RoomInvite"/>'s
/// secret and detects tampering, replay, reordering, drops and truncation; <see cref="ProtocolMode.Legacy"/> is the
/// specification's protocol, whose key exchange is unauthenticated (compare the safety number).
/// </remarks>
public sealed partial class ChatSession : IDisposable
{
    private readonly ChatSessionOptions _options;
    private readonly Lock _gate = new();
    private readonly SessionLifecycle _lifecycle;
    private readonly Subject<ChatEvent> _events = new();
    private readonly BehaviorSubject<SessionState> _states = new(SessionState.Init);
    private readonly Subject<string> _outbound = new();
    private readonly CompositeDisposable _subscriptions = [];
    private readonly SerialDisposable _handshakeTimer = new();
    private readonly TaskCompletionSource<Destroyed> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITransport? _transport;
    private EphemeralKeyPair? _keys;
    private LegacyCipher? _cipher;
    private HardenedLink? _link;
    private bool _finished;
    private bool _joined;
    private string? _safetyNumber;
    private Destroyed? _finalEvent;

    /// <summary>Creates a session; nothing happens until <see cref="Start"/>.</summary>
    /// <param name="options">Relay, protocol, invite or room, scheduler and limits.</param>
    /// <exception cref="ArgumentOutOfRangeException">An unknown <see cref="ProtocolMode"/>, or a handshake timeout that is not positive.</exception>
    public ChatSession(ChatSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Protocol))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Protocol, "Unknown protocol mode.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.HandshakeTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TransferChunkInterval, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIncomingFileBytes, nameof(options));
        _options = options;
        _lifecycle = new SessionLifecycle(new Actions(this));
        _subscriptions.Add(_outbound
            .ValidateMessages()
            .RateLimit(options.RateLimit, options.Scheduler)
            .Subscribe(OnOutboundLine));
    }

    /// <summary>Everything to show, in order; ends with <see cref="Destroyed"/> and then completes. Hot: subscribe before <see cref="Start"/>.</summary>
    public IObservable<ChatEvent> Events => _events.AsObservable();

    /// <summary>The current state on subscription, then every change; completes after <see cref="SessionState.SessionDestroyed"/>.</summary>
    public IObservable<SessionState> States => _states.AsObservable();

    /// <summary>The current state.</summary>
    public SessionState State
    {
        get
        {
            lock (_gate)
            {
                return _lifecycle.State;
            }
        }
    }

    /// <summary>Completes with the final event once the session is destroyed and the relay connection closed.</summary>
    public Task<Destroyed> Completion => _completion.Task;

    /// <summary>Validates the room (or invite), connects to the relay and joins; progress arrives on <see cref="Events"/>.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_lifecycle.State != SessionState.Init)
            {
                throw new InvalidOperationException("A session can be started once.");
            }

            _lifecycle.Start();
        }
    }

    /// <summary>
    /// Queues a line for sending. Its fate arrives on <see cref="Events"/>: <see cref="MessageSent"/>, or a
    /// <see cref="Warning"/> (empty, too long, rate limited, not connected). Ignored once the session is destroyed.
    /// </summary>
    /// <param name="text">The message.</param>
    public void Send(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Volatile.Read(ref _finished))
        {
            _outbound.OnNext(text);
        }
    }

    /// <summary>Ends the session in order: disconnects, wipes the keys, completes the streams.</summary>
    /// <returns><see cref="Completion"/>.</returns>
    public Task<Destroyed> Quit()
    {
        lock (_gate)
        {
            _lifecycle.Quit();
        }

        return Completion;
    }

    /// <summary>Same as <see cref="Quit"/>, without waiting.</summary>
    public void Dispose() => _ = Quit();

    /// <summary>Whether every key of this session has been wiped (for tests and diagnostics).</summary>
    internal bool KeysWiped => (_keys?.IsDisposed ?? true) && (_cipher?.IsDisposed ?? true) && (_link?.IsWiped ?? true);

    /// <summary>The lifecycle's transition table as a Mermaid diagram.</summary>
    internal string LifecycleDiagram() => _lifecycle.ToMermaid();

    private DateTimeOffset Now => _options.Scheduler.Now;

    private void Emit(ChatEvent chatEvent)
    {
        if (!_finished)
        {
            _events.OnNext(chatEvent);
        }
    }
}

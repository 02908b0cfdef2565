using SecureChat.Crypto.Hardened;
using Stateless;

namespace SecureChat.Lifecycle;

/// <summary>
/// The specification's lifecycle as a Stateless machine with private triggers (the PhoneCall pattern): callers
/// say what happened; the machine decides whether that is allowed now. Anything it does not allow ends the
/// session: fail secure. Not thread-safe; the session serialises calls.
/// </summary>
internal sealed partial class SessionLifecycle
{
    private enum Trigger
    {
        Start,
        RoomAccepted,
        PeerFound,
        KeySent,
        PeerKey,
        Handshake,
        KeysConfirmed,
        TimedOut,
        Message,
        Send,
        Fail,
        Quit,
        Wiped,
    }

    private readonly StateMachine<SessionState, Trigger> _machine;
    private readonly ILifecycleActions _actions;
    private readonly StateMachine<SessionState, Trigger>.TriggerWithParameters<byte[]> _peerKey;
    private readonly StateMachine<SessionState, Trigger>.TriggerWithParameters<HandshakeMessage> _handshake;
    private readonly StateMachine<SessionState, Trigger>.TriggerWithParameters<byte[]> _message;
    private readonly StateMachine<SessionState, Trigger>.TriggerWithParameters<string> _send;
    private (ErrorCode Code, string Message)? _end;

    public SessionLifecycle(ILifecycleActions actions)
    {
        _actions = actions;
        // Queued: a transition's own actions may report a failure; it runs after the current transition ends.
        _machine = new StateMachine<SessionState, Trigger>(SessionState.Init, FiringMode.Queued);
        _peerKey = _machine.SetTriggerParameters<byte[]>(Trigger.PeerKey);
        _handshake = _machine.SetTriggerParameters<HandshakeMessage>(Trigger.Handshake);
        _message = _machine.SetTriggerParameters<byte[]>(Trigger.Message);
        _send = _machine.SetTriggerParameters<string>(Trigger.Send);
        Configure();
    }

    public SessionState State => _machine.State;

    /// <summary>Why the session ended, once it has.</summary>
    public (ErrorCode Code, string Message)? EndReason => _end;

    public bool CanSend => _machine.State == SessionState.Connected;

    public void Start() => _machine.Fire(Trigger.Start);

    public void PeerFound() => _machine.Fire(Trigger.PeerFound);

    public void PeerKeyReceived(byte[] publicKey) => _machine.Fire(_peerKey, publicKey);

    public void HandshakeReceived(HandshakeMessage message) => _machine.Fire(_handshake, message);

    /// <summary>The handshake timer fired: ends the session only while the keys are still being set up.</summary>
    public void HandshakeTimedOut()
    {
        if (_machine.CanFire(Trigger.TimedOut))
        {
            _end ??= (ErrorCode.HandshakeTimeout, Describe(ErrorCode.HandshakeTimeout));
            _machine.Fire(Trigger.TimedOut);
        }
    }

    public void MessageReceived(byte[] payload) => _machine.Fire(_message, payload);

    /// <summary>Encrypts and sends <paramref name="text"/>; only call when <see cref="CanSend"/>.</summary>
    public void Send(string text) => _machine.Fire(_send, text);

    /// <summary>Ends the session for <paramref name="code"/>; the first reason given is the one reported.</summary>
    public void Fail(ErrorCode code, string message)
    {
        _end ??= (code, message);
        _machine.Fire(Trigger.Fail);
    }

    public void Quit()
    {
        _end ??= (ErrorCode.LocalQuit, "You ended the session.");
        _machine.Fire(Trigger.Quit);
    }

    /// <summary>The transition table drawn from the machine itself (Mermaid), for the README.</summary>
    public string ToMermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());
}

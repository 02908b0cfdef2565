using SecureChat.Crypto.Hardened;
using SecureChat.Lifecycle;

namespace SecureChat.Core.Tests.Lifecycle;

/// <summary>Records what the lifecycle asked for; answers are set per test.</summary>
internal sealed class RecordingActions : ILifecycleActions
{
    public List<string> Calls { get; } = [];

    public List<SessionState> States { get; } = [];

    public bool RoomValid { get; set; } = true;

    public ErrorCode PeerKeyAnswer { get; set; } = ErrorCode.None;

    public ErrorCode MessageAnswer { get; set; } = ErrorCode.None;

    public (ErrorCode Reason, string Message)? Destroyed { get; private set; }

    public HandshakeStep HandshakeAnswer { get; set; } = HandshakeStep.Continue;

    public ErrorCode CheckInput() => RoomValid ? ErrorCode.None : ErrorCode.InvalidRoom;

    public void ConnectAndJoin() => Calls.Add("connect");

    public void SendOwnKey() => Calls.Add("send-key");

    public void StartHandshakeTimer() => Calls.Add("timer-start");

    public void StopHandshakeTimer() => Calls.Add("timer-stop");

    public HandshakeStep ProcessHandshake(HandshakeMessage message)
    {
        Calls.Add($"handshake:{message.Kind}");
        return HandshakeAnswer;
    }

    public void SendClose() => Calls.Add("send-close");

    public ErrorCode AcceptPeerKey(byte[] peerPublicKey)
    {
        Calls.Add("accept-key");
        return PeerKeyAnswer;
    }

    public ErrorCode OpenMessage(byte[] payload)
    {
        Calls.Add("open");
        return MessageAnswer;
    }

    public ErrorCode SealAndSend(string text)
    {
        Calls.Add($"send:{text}");
        return ErrorCode.None;
    }

    public void Disconnect() => Calls.Add("disconnect");

    public void Destroy(ErrorCode reason, string message)
    {
        Calls.Add("destroy");
        Destroyed = (reason, message);
    }

    public void StateEntered(SessionState state) => States.Add(state);
}

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

    public bool IsRoomValid() => RoomValid;

    public void ConnectAndJoin() => Calls.Add("connect");

    public void SendOwnKey() => Calls.Add("send-key");

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

    public void SealAndSend(string text) => Calls.Add($"send:{text}");

    public void Disconnect() => Calls.Add("disconnect");

    public void Destroy(ErrorCode reason, string message)
    {
        Calls.Add("destroy");
        Destroyed = (reason, message);
    }

    public void StateEntered(SessionState state) => States.Add(state);
}

using SecureChat.Lifecycle;

namespace SecureChat.Core.Tests.Lifecycle;

public sealed class SessionLifecycleTests
{
    private readonly RecordingActions _actions = new();
    private readonly SessionLifecycle _lifecycle;

    public SessionLifecycleTests() => _lifecycle = new SessionLifecycle(_actions);

    private void ToConnected()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _lifecycle.PeerKeyReceived(new byte[32]);
    }

    [Fact]
    public void Lifecycle_HappyPath_FollowsTheSpecificationTable()
    {
        _lifecycle.Start();
        Assert.Equal(SessionState.Searching, _lifecycle.State);
        _lifecycle.PeerFound();
        Assert.Equal(SessionState.KeySetup, _lifecycle.State);
        _lifecycle.PeerKeyReceived(new byte[32]);
        Assert.Equal(SessionState.Connected, _lifecycle.State);
        _lifecycle.Send("hi");
        _lifecycle.MessageReceived(new byte[40]);
        Assert.Equal(SessionState.Connected, _lifecycle.State);
        _lifecycle.Quit();

        Assert.Equal(
            [SessionState.InputValidation, SessionState.Searching, SessionState.UserFound, SessionState.KeySetup,
             SessionState.Connected, SessionState.Disconnected, SessionState.SessionDestroyed],
            _actions.States);
        Assert.Equal(["connect", "send-key", "timer-start", "accept-key", "timer-stop", "send:hi", "open", "send-close", "disconnect", "destroy"], _actions.Calls);
        Assert.Equal(ErrorCode.LocalQuit, _actions.Destroyed?.Reason);
    }

    [Fact]
    public void Lifecycle_InvalidRoom_DestroysWithInvalidRoom()
    {
        _actions.RoomValid = false;
        _lifecycle.Start();

        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
        Assert.Equal(ErrorCode.InvalidRoom, _actions.Destroyed?.Reason);
        Assert.DoesNotContain("connect", _actions.Calls);
    }

    [Fact]
    public void Lifecycle_MessageBeforeKeys_DestroysWithUnexpectedFrame()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _lifecycle.MessageReceived(new byte[40]);

        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
        Assert.Equal(ErrorCode.UnexpectedFrame, _actions.Destroyed?.Reason);
        Assert.DoesNotContain("open", _actions.Calls);
    }

    [Fact]
    public void Lifecycle_SecondKeyExchange_DestroysWithDuplicateKeyExchange()
    {
        ToConnected();
        _lifecycle.PeerKeyReceived(new byte[32]);

        Assert.Equal(ErrorCode.DuplicateKeyExchange, _actions.Destroyed?.Reason);
        Assert.Equal(1, _actions.Calls.Count(c => c == "accept-key"));
    }

    [Fact]
    public void Lifecycle_RejectedPeerKey_DestroysWithoutEverConnecting()
    {
        _actions.PeerKeyAnswer = ErrorCode.WeakPublicKey;
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _lifecycle.PeerKeyReceived(new byte[32]);

        Assert.DoesNotContain(SessionState.Connected, _actions.States);
        Assert.Equal(ErrorCode.WeakPublicKey, _actions.Destroyed?.Reason);
    }

    [Fact]
    public void Lifecycle_FailedDecryption_DestroysWithItsCode()
    {
        _actions.MessageAnswer = ErrorCode.DecryptionFailed;
        ToConnected();
        _lifecycle.MessageReceived(new byte[40]);

        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
        Assert.Equal(ErrorCode.DecryptionFailed, _actions.Destroyed?.Reason);
    }

    [Theory]
    [InlineData(0)] // Init
    [InlineData(1)] // Searching
    [InlineData(2)] // KeySetup
    [InlineData(3)] // Connected
    public void Lifecycle_TransportLostInAnyState_GoesThroughDisconnectedToDestroyed(int steps)
    {
        Action[] path = [_lifecycle.Start, _lifecycle.PeerFound, () => _lifecycle.PeerKeyReceived(new byte[32])];
        foreach (var step in path.Take(steps))
        {
            step();
        }

        _lifecycle.Fail(ErrorCode.TransportLost, "lost");

        Assert.Equal([SessionState.Disconnected, SessionState.SessionDestroyed], _actions.States.TakeLast(2));
        Assert.Equal(ErrorCode.TransportLost, _actions.Destroyed?.Reason);
    }

    [Theory]
    [InlineData("peer-found-twice")]
    [InlineData("key-while-searching")]
    [InlineData("message-while-searching")]
    [InlineData("peer-found-while-connected")]
    public void Lifecycle_RefusedTrigger_DestroysWithUnexpectedFrame(string scenario)
    {
        _lifecycle.Start();
        switch (scenario)
        {
            case "peer-found-twice":
                _lifecycle.PeerFound();
                _lifecycle.PeerFound();
                break;
            case "key-while-searching":
                _lifecycle.PeerKeyReceived(new byte[32]);
                break;
            case "message-while-searching":
                _lifecycle.MessageReceived(new byte[40]);
                break;
            default:
                _lifecycle.PeerFound();
                _lifecycle.PeerKeyReceived(new byte[32]);
                _lifecycle.PeerFound();
                break;
        }

        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
        Assert.Equal(ErrorCode.UnexpectedFrame, _actions.Destroyed?.Reason);
    }

    [Fact]
    public void Lifecycle_FirstReasonWins_LaterFailuresAreIgnored()
    {
        ToConnected();
        _lifecycle.Fail(ErrorCode.PeerLeft, "left");
        _lifecycle.Fail(ErrorCode.TransportLost, "lost");
        _lifecycle.Quit();
        _lifecycle.PeerFound();

        Assert.Equal(ErrorCode.PeerLeft, _actions.Destroyed?.Reason);
        Assert.Equal(1, _actions.Calls.Count(c => c == "destroy"));
        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
    }

    [Fact]
    public void Lifecycle_Diagram_IsDrawnFromTheMachine()
    {
        var diagram = _lifecycle.ToMermaid();

        Assert.Contains("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.Contains("--> Connected : PeerKey [keys agreed]", diagram, StringComparison.Ordinal);
        Assert.Contains("Searching --> UserFound : PeerFound", diagram, StringComparison.Ordinal);
        Assert.Contains("Disconnected --> SessionDestroyed", diagram, StringComparison.Ordinal);
    }
}

using SecureChat.Crypto.Hardened;
using SecureChat.Lifecycle;

namespace SecureChat.Core.Tests.Lifecycle;

/// <summary>The hardened triggers of the lifecycle: handshake steps, key confirmation, timeout, authenticated close.</summary>
public sealed class HardenedLifecycleTests : IDisposable
{
    private readonly RecordingActions _actions = new();
    private readonly SessionLifecycle _lifecycle;
    private readonly HandshakeInitiator _peer = new("ROOM1234", "alpha-bravo-charlie"u8);
    private readonly HandshakeMessage _hs1;

    public HardenedLifecycleTests()
    {
        _lifecycle = new SessionLifecycle(_actions);
        _hs1 = _peer.Start();
    }

    public void Dispose() => _peer.Dispose();

    [Fact]
    public void Lifecycle_HandshakeSteps_StayInKeySetupUntilConfirmed()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _lifecycle.HandshakeReceived(_hs1);
        Assert.Equal(SessionState.KeySetup, _lifecycle.State);

        _actions.HandshakeAnswer = HandshakeStep.Done;
        _lifecycle.HandshakeReceived(_hs1);

        Assert.Equal(SessionState.Connected, _lifecycle.State);
        Assert.Equal(["connect", "send-key", "timer-start", "handshake:hs1", "handshake:hs1", "timer-stop"], _actions.Calls);
    }

    [Fact]
    public void Lifecycle_HandshakeFailure_DestroysWithItsCodeAndMessage()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _actions.HandshakeAnswer = HandshakeStep.Failed(ErrorCode.HandshakeFailed, "wrong code");
        _lifecycle.HandshakeReceived(_hs1);

        Assert.Equal((ErrorCode.HandshakeFailed, "wrong code"), _actions.Destroyed);
        Assert.Contains("timer-stop", _actions.Calls);
    }

    [Fact]
    public void Lifecycle_TimedOutInKeySetup_DestroysWithHandshakeTimeout()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _lifecycle.HandshakeTimedOut();

        Assert.Equal(ErrorCode.HandshakeTimeout, _actions.Destroyed?.Reason);
        Assert.Equal(SessionState.SessionDestroyed, _lifecycle.State);
    }

    [Fact]
    public void Lifecycle_TimedOutOnceConnected_IsIgnored()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _actions.HandshakeAnswer = HandshakeStep.Done;
        _lifecycle.HandshakeReceived(_hs1);
        _lifecycle.HandshakeTimedOut();

        Assert.Equal(SessionState.Connected, _lifecycle.State);
        Assert.Null(_lifecycle.EndReason);
    }

    [Fact]
    public void Lifecycle_HandshakeWhileConnected_IsUnexpected()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _actions.HandshakeAnswer = HandshakeStep.Done;
        _lifecycle.HandshakeReceived(_hs1);
        _lifecycle.HandshakeReceived(_hs1);

        Assert.Equal(ErrorCode.UnexpectedFrame, _actions.Destroyed?.Reason);
    }

    [Fact]
    public void Lifecycle_FailWhileConnected_SendsNoClose()
    {
        _lifecycle.Start();
        _lifecycle.PeerFound();
        _actions.HandshakeAnswer = HandshakeStep.Done;
        _lifecycle.HandshakeReceived(_hs1);
        _lifecycle.Fail(ErrorCode.DecryptionFailed, "tampered");

        Assert.DoesNotContain("send-close", _actions.Calls);
    }
}

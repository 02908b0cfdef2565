using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

public sealed class HandshakeTests
{
    [Fact]
    public void Handshake_SamePassword_BothSidesAgree()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(a, b));
        using var ra = a.TakeResult();
        using var rb = b.TakeResult();
        Assert.Equal(ra.SendKey.ToArray(), rb.ReceiveKey.ToArray());
        Assert.Equal(ra.ReceiveKey.ToArray(), rb.SendKey.ToArray());
        Assert.NotEqual(ra.SendKey.ToArray(), ra.ReceiveKey.ToArray());
        Assert.Equal(ra.SessionId.ToArray(), rb.SessionId.ToArray());
        Assert.Equal(ra.SendHeader.ToArray(), rb.ReceiveHeader.ToArray());
        Assert.Equal(ra.ReceiveHeader.ToArray(), rb.SendHeader.ToArray());
        Assert.Equal(ra.Sas, rb.Sas);
        Assert.Equal(3, ra.Sas.Split(' ').Length);
        Assert.DoesNotContain(ra.Sas, ra.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handshake_InviteCode_Completes()
    {
        using var code = InviteCode.Generate();
        using var a = new HandshakeInitiator(code);
        using var b = new HandshakeResponder(code);
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(a, b));
    }

    [Fact]
    public void Handshake_WrongPassword_ResponderRejectsConfirmation()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password("alpha-bravo-delta"));
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.ConfirmationFailed), HandshakeHarness.Run(a, b));
        Assert.False(a.IsComplete);
        Assert.False(b.IsComplete);
        Assert.Throws<InvalidOperationException>(() => a.TakeResult());
        Assert.Throws<InvalidOperationException>(() => b.TakeResult());
    }

    [Fact]
    public void Handshake_WrongRoom_ResponderRejectsConfirmation()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder("ROOM2026XY", HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.ConfirmationFailed, HandshakeHarness.Run(a, b).B);
    }

    [Fact]
    public void Handshake_NoCommonSuite_ResponderRefuses()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password(), "SOMETHING-ELSE");
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.NoCommonSuite, HandshakeHarness.Run(a, b).B);
    }

    [Fact]
    public void Handshake_SecondHs1_FailsAndStaysFailed()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        var hs1 = a.Start();
        Assert.Equal(HandshakeFailure.None, b.Process(hs1, out _));
        Assert.Equal(HandshakeFailure.UnexpectedMessage, b.Process(hs1, out _));
        Assert.Equal(HandshakeFailure.UnexpectedMessage, b.Failure);
        Assert.Equal(HandshakeFailure.Aborted, b.Process(hs1, out var reply));
        Assert.Null(reply);
    }

    [Fact]
    public void Handshake_MessageAfterCompletion_FailsAndWipesResult()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        using var other = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(a, b));
        Assert.True(b.IsComplete);
        Assert.Equal(HandshakeFailure.UnexpectedMessage, b.Process(other.Start(), out _));
        Assert.False(b.IsComplete);
    }

    [Fact]
    public void Handshake_UseAfterDispose_ThrowsObjectDisposed()
    {
        var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        var hs1 = a.Start();
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => a.Process(hs1, out _));
        Assert.Throws<ObjectDisposedException>(() => a.TakeResult());
        var (ra, rb) = HandshakeHarness.Complete();
        ra.Dispose();
        rb.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ra.SendKey.Length);
        Assert.Throws<ObjectDisposedException>(() => rb.OpenChannel());
    }
}

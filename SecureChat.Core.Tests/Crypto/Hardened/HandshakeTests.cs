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
    public void Handshake_MitmKnowingPassword_SasDiffers()
    {
        // The relay knows the code, so it completes one handshake with each side; only the SAS can reveal it.
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var mitmAsB = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        using var mitmAsA = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(a, mitmAsB));
        Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(mitmAsA, b));
        using var ra = a.TakeResult();
        using var rb = b.TakeResult();
        using var rma = mitmAsA.TakeResult();
        using var rmb = mitmAsB.TakeResult();
        Assert.Equal(ra.Sas, rmb.Sas);
        Assert.Equal(rb.Sas, rma.Sas);
        Assert.NotEqual(ra.Sas, rb.Sas);
        Assert.NotEqual(ra.SendKey.ToArray(), rb.ReceiveKey.ToArray());
    }

    [Fact]
    public void Handshake_ReplayedOldSession_Fails()
    {
        var recorded = new List<HandshakeMessage>();
        using (var a0 = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password()))
        using (var b0 = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password()))
        {
            Assert.Equal((HandshakeFailure.None, HandshakeFailure.None), HandshakeHarness.Run(a0, b0, m => { recorded.Add(m); return m; }));
        }

        // Old hs1 + old hs3 against a fresh joiner: nB and Yb are fresh, so the old tagA cannot verify.
        using var b1 = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.None, b1.Process(recorded[0], out _));
        Assert.Equal(HandshakeFailure.ConfirmationFailed, b1.Process(recorded[2], out _));

        // Old hs2 + old hs4 against a fresh creator: its nA, Ya and pkX are fresh, so the old tagB cannot verify.
        using var a1 = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        _ = a1.Start();
        Assert.Equal(HandshakeFailure.None, a1.Process(recorded[1], out _));
        Assert.Equal(HandshakeFailure.ConfirmationFailed, a1.Process(recorded[3], out _));
    }

    [Fact]
    public void Handshake_ReflectedMessages_AreUnexpected()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.UnexpectedMessage, a.Process(a.Start(), out _));

        using var a2 = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b2 = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.None, b2.Process(a2.Start(), out var hs2));
        Assert.Equal(HandshakeFailure.UnexpectedMessage, b2.Process(hs2!, out _));

        using var a3 = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b3 = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.None, b3.Process(a3.Start(), out hs2));
        Assert.Equal(HandshakeFailure.None, a3.Process(hs2!, out var hs3));
        Assert.Equal(HandshakeFailure.UnexpectedMessage, a3.Process(hs3!, out _));
    }

    [Fact]
    public void Handshake_JoinerShareReflectedAsYa_Fails()
    {
        using var a = new HandshakeInitiator(HandshakeHarness.Room, HandshakeHarness.Password());
        using var b = new HandshakeResponder(HandshakeHarness.Room, HandshakeHarness.Password());
        Assert.Equal(HandshakeFailure.None, b.Process(a.Start(), out var reply));
        var hs2 = (Hs2)reply!;
        Assert.Equal(HandshakeFailure.None, a.Process(hs2, out var hs3));
        Assert.Equal(HandshakeFailure.CommitmentMismatch, b.Process((Hs3)hs3! with { ShareA = hs2.ShareB }, out _));
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

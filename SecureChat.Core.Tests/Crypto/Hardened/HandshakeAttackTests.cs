using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>An active relay: MITM that knows the code, replay of an old session, reflection of our own messages.</summary>
public sealed class HandshakeAttackTests
{
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
}

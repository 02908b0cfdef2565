using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Role B, the joiner: hs1 yields hs2; hs3 (after the commitment, CPace and tagA checks) yields hs4 and completes.
/// B fixes Yb and ctX before it learns Ya, the second half of the commit-then-reveal argument.
/// </summary>
internal sealed class HandshakeResponder : HandshakeParty
{
    private readonly IReadOnlyCollection<string> _supported;
    private GuardedHeapAllocation? _xwingSecret;
    private Hs1? _hs1;
    private Hs2? _hs2;
    private byte[] _adA = [];
    private byte[] _adB = [];

    /// <summary>A joiner for <paramref name="roomId"/> with password PRS, accepting <paramref name="supportedSuites"/>.</summary>
    public HandshakeResponder(string roomId, ReadOnlySpan<byte> password, IReadOnlyCollection<string>? supportedSuites = null)
        : base(roomId, password) => _supported = supportedSuites ?? [HandshakeLabels.DefaultSuite];

    /// <summary>Creates the joiner's side of an invite.</summary>
    public HandshakeResponder(InviteCode code)
        : this((code ?? throw new ArgumentNullException(nameof(code))).RoomId, code.Secret)
    {
    }

    private protected override HandshakeFailure Handle(HandshakeMessage message, out HandshakeMessage? reply)
    {
        reply = null;
        return (message, _hs1) switch
        {
            (Hs1 hs1, null) => HandleHs1(hs1, out reply),
            (Hs3 hs3, not null) => HandleHs3(hs3, out reply),
            _ => HandshakeFailure.UnexpectedMessage,
        };
    }

    private HandshakeFailure HandleHs1(Hs1 hs1, out HandshakeMessage? reply)
    {
        reply = null;
        _hs1 = hs1;
        var suite = HandshakeLabels.SelectSuite(hs1.Suites, _supported);
        if (suite is null)
        {
            return HandshakeFailure.NoCommonSuite;
        }

        var nonceB = new byte[HandshakeMessage.NonceSize];
        SecureRandom.Fill(nonceB);
        _adA = HandshakeLabels.AssociatedData(hs1.Suites, hs1.NonceA.Span);
        _adB = HandshakeLabels.AssociatedData(suite, nonceB);
        var shareB = CreateShare(hs1.NonceA.Span);
        var ciphertext = new byte[XWingKem.CiphertextSize];
        _xwingSecret = new GuardedHeapAllocation(XWingKem.SharedSecretSize);
        if (!XWingKem.TryEncapsulate(_xwingSecret.AsSpan(), ciphertext, hs1.XWingPublicKey.Span))
        {
            return HandshakeFailure.EncapsulationFailed;
        }

        _hs2 = new Hs2(suite, nonceB, shareB, ciphertext);
        reply = _hs2;
        return HandshakeFailure.None;
    }

    private HandshakeFailure HandleHs3(Hs3 hs3, out HandshakeMessage? reply)
    {
        reply = null;
        var (hs1, hs2) = (_hs1!, _hs2!);
        if (!ConstantTime.Equals(KeySchedule.ComputeCommitment(hs3.ShareA.Span, _adA), hs1.Commitment.Span))
        {
            return HandshakeFailure.CommitmentMismatch;
        }

        if (ConstantTime.Equals(hs3.ShareA.Span, hs2.ShareB.Span))
        {
            return HandshakeFailure.InvalidPoint; // our own share reflected back
        }

        using var isk = new GuardedHeapAllocation(CPace.IskSize);
        if (!TryDeriveIsk(isk.AsSpan(), hs3.ShareA.Span, hs1.NonceA.Span, hs3.ShareA.Span, _adA, hs2.ShareB.Span, _adB))
        {
            return HandshakeFailure.InvalidPoint;
        }

        var transcriptHash = KeySchedule.ComputeTranscriptHash(ChannelIdentifier, hs1, hs2, hs3.ShareA.Span);
        var keys = SessionKeys.Derive(isk.AsSpan(), _xwingSecret!.AsSpan(), transcriptHash);
        WipeRoleSecrets();
        if (!KeySchedule.VerifyTagA(hs3.TagA.Span, transcriptHash, hs3.HeaderA.Span, keys.ConfirmA))
        {
            keys.Dispose();
            return HandshakeFailure.ConfirmationFailed;
        }

        var headerB = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        var push = new IncrementalXChaCha20Poly1305(headerB, keys.BToA, encryption: true);
        reply = new Hs4(KeySchedule.ComputeTagB(transcriptHash, hs3.TagA.Span, hs3.HeaderA.Span, headerB, keys.ConfirmB), headerB);
        Complete(new HandshakeResult(keys, isInitiator: false, push, headerB, hs3.HeaderA.Span));
        return HandshakeFailure.None;
    }

    private protected override void WipeRoleSecrets()
    {
        _xwingSecret?.Dispose();
        _xwingSecret = null;
    }
}

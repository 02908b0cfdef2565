using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Role A, the room creator: <see cref="Start"/> yields hs1; hs2 yields hs3; hs4 completes. A commits to Ya (and
/// pkX) before seeing anything from B, which is what keeps a MITM who knows the code from grinding the SAS.
/// </summary>
internal sealed class HandshakeInitiator : HandshakeParty
{
    private readonly string _suites;
    private XWingKeyPair? _xwing;
    private SessionKeys? _keys;
    private IncrementalXChaCha20Poly1305? _push;
    private Hs1? _hs1;
    private byte[] _shareA = [];
    private byte[] _adA = [];
    private byte[] _transcriptHash = [];
    private Hs3? _hs3;

    /// <summary>A creator for <paramref name="roomId"/> with password PRS, offering <paramref name="suites"/> in preference order.</summary>
    public HandshakeInitiator(string roomId, ReadOnlySpan<byte> password, string suites = HandshakeLabels.DefaultSuite)
        : base(roomId, password)
    {
        if (!HandshakeLabels.IsCanonicalSuiteText(suites, allowList: true))
        {
            throw new ArgumentException("Suites must be a canonical comma-separated list.", nameof(suites));
        }

        _suites = suites;
    }

    /// <summary>Creates the creator's side of an invite.</summary>
    public HandshakeInitiator(InviteCode code)
        : this((code ?? throw new ArgumentNullException(nameof(code))).RoomId, code.Secret)
    {
    }

    /// <summary>Samples nA, the CPace share and the X-Wing key pair; returns hs1 carrying only the commitment to Ya.</summary>
    public Hs1 Start()
    {
        ThrowIfDisposed();
        if (_hs1 is not null || Failure != HandshakeFailure.None)
        {
            throw new InvalidOperationException("The handshake was already started.");
        }

        var nonceA = new byte[HandshakeMessage.NonceSize];
        SecureRandom.Fill(nonceA);
        _adA = HandshakeLabels.AssociatedData(_suites, nonceA);
        _shareA = CreateShare(nonceA);
        _xwing = XWingKeyPair.Generate();
        _hs1 = new Hs1(_suites, nonceA, _xwing.PublicKey.ToArray(), KeySchedule.ComputeCommitment(_shareA, _adA));
        return _hs1;
    }

    private protected override HandshakeFailure Handle(HandshakeMessage message, out HandshakeMessage? reply)
    {
        reply = null;
        return (message, _hs1, _hs3) switch
        {
            (Hs2 hs2, not null, null) => HandleHs2(hs2, out reply),
            (Hs4 hs4, not null, not null) => HandleHs4(hs4),
            _ => HandshakeFailure.UnexpectedMessage,
        };
    }

    private HandshakeFailure HandleHs2(Hs2 hs2, out HandshakeMessage? reply)
    {
        reply = null;
        var hs1 = _hs1!;
        if (!HandshakeLabels.IsOffered(hs1.Suites, hs2.Suite))
        {
            return HandshakeFailure.NoCommonSuite;
        }

        if (ConstantTime.Equals(hs2.ShareB.Span, _shareA))
        {
            return HandshakeFailure.InvalidPoint; // our own share reflected back
        }

        using var secrets = new GuardedHeapAllocation(CPace.IskSize + XWingKem.SharedSecretSize);
        var isk = secrets.AsSpan()[..CPace.IskSize];
        var xwingSecret = secrets.AsSpan()[CPace.IskSize..];
        var adB = HandshakeLabels.AssociatedData(hs2.Suite, hs2.NonceB.Span);
        if (!TryDeriveIsk(isk, hs2.ShareB.Span, hs1.NonceA.Span, _shareA, _adA, hs2.ShareB.Span, adB))
        {
            return HandshakeFailure.InvalidPoint;
        }

        var decapsulated = _xwing!.TryDecapsulate(xwingSecret, hs2.XWingCiphertext.Span);
        _xwing.Dispose();
        _xwing = null;
        if (!decapsulated)
        {
            return HandshakeFailure.DecapsulationFailed;
        }

        _transcriptHash = KeySchedule.ComputeTranscriptHash(ChannelIdentifier, hs1, hs2, _shareA);
        _keys = SessionKeys.Derive(isk, xwingSecret, _transcriptHash);
        var headerA = new byte[IncrementalXChaCha20Poly1305.HeaderSize];
        _push = new IncrementalXChaCha20Poly1305(headerA, _keys.AToB, encryption: true);
        _hs3 = new Hs3(_shareA, KeySchedule.ComputeTagA(_transcriptHash, headerA, _keys.ConfirmA), headerA);
        reply = _hs3;
        return HandshakeFailure.None;
    }

    private HandshakeFailure HandleHs4(Hs4 hs4)
    {
        var hs3 = _hs3!;
        if (!KeySchedule.VerifyTagB(hs4.TagB.Span, _transcriptHash, hs3.TagA.Span, hs3.HeaderA.Span, hs4.HeaderB.Span, _keys!.ConfirmB))
        {
            return HandshakeFailure.ConfirmationFailed;
        }

        Complete(new HandshakeResult(_keys, isInitiator: true, _push!, hs3.HeaderA.Span, hs4.HeaderB.Span));
        _keys = null; // ownership moved to the result
        _push = null;
        return HandshakeFailure.None;
    }

    private protected override void WipeRoleSecrets()
    {
        _xwing?.Dispose();
        _xwing = null;
        _keys?.Dispose();
        _keys = null;
        _push?.Dispose();
        _push = null;
    }
}

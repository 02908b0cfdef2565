namespace SecureChat.Crypto.Hardened;

/// <summary>hs2, B→A: the selected suite, nB, B's CPace share Yb, and the X-Wing ciphertext to A's key.</summary>
internal sealed record Hs2(string Suite, ReadOnlyMemory<byte> NonceB, ReadOnlyMemory<byte> ShareB, ReadOnlyMemory<byte> XWingCiphertext)
    : HandshakeMessage
{
    /// <summary>The frame kind.</summary>
    public const string KindName = "hs2";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool HasValidFields =>
        HandshakeLabels.IsCanonicalSuiteText(Suite, allowList: false) && NonceB.Length == NonceSize
        && ShareB.Length == CPace.ElementSize && XWingCiphertext.Length == XWingKem.CiphertextSize;

    /// <summary>Parses exactly an hs2 frame.</summary>
    public static bool TryParse(string? json, out Hs2? message)
    {
        message = TryParse(json, out HandshakeMessage? any) ? any as Hs2 : null;
        return message is not null;
    }

    internal static Hs2? FromFrame(HandshakeFrame f) =>
        f.CountPayloadFields() == 4 && HandshakeLabels.IsCanonicalSuiteText(f.Suite, allowList: false)
        && TryDecode(f.NonceB, NonceSize, out var nB) && TryDecode(f.ShareB, CPace.ElementSize, out var yb)
        && TryDecode(f.XWingCiphertext, XWingKem.CiphertextSize, out var ct)
            ? new Hs2(f.Suite!, nB, yb, ct)
            : null;

    private protected override void Fill(HandshakeFrame frame)
    {
        frame.Suite = Suite;
        frame.NonceB = Convert.ToBase64String(NonceB.Span);
        frame.ShareB = Convert.ToBase64String(ShareB.Span);
        frame.XWingCiphertext = Convert.ToBase64String(XWingCiphertext.Span);
    }
}

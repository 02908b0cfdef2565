namespace SecureChat.Crypto.Hardened;

/// <summary>hs1, A→B: offered suites, nA, a fresh X-Wing public key, and the commitment cm = H(lv_cat(Ya, ADa)).</summary>
internal sealed record Hs1(string Suites, ReadOnlyMemory<byte> NonceA, ReadOnlyMemory<byte> XWingPublicKey, ReadOnlyMemory<byte> Commitment)
    : HandshakeMessage
{
    /// <summary>The frame kind.</summary>
    public const string KindName = "hs1";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool HasValidFields =>
        HandshakeLabels.IsCanonicalSuiteText(Suites, allowList: true) && NonceA.Length == NonceSize
        && XWingPublicKey.Length == XWingKeyPair.PublicKeySize && Commitment.Length == TagSize;

    /// <summary>Parses exactly an hs1 frame.</summary>
    public static bool TryParse(string? json, out Hs1? message)
    {
        message = TryParse(json, out HandshakeMessage? any) ? any as Hs1 : null;
        return message is not null;
    }

    internal static Hs1? FromFrame(HandshakeFrame f) =>
        f.CountPayloadFields() == 4 && HandshakeLabels.IsCanonicalSuiteText(f.Suites, allowList: true)
        && TryDecode(f.NonceA, NonceSize, out var nA) && TryDecode(f.XWingPublicKey, XWingKeyPair.PublicKeySize, out var pk)
        && TryDecode(f.Commitment, TagSize, out var cm)
            ? new Hs1(f.Suites!, nA, pk, cm)
            : null;

    private protected override void Fill(HandshakeFrame frame)
    {
        frame.Suites = Suites;
        frame.NonceA = Convert.ToBase64String(NonceA.Span);
        frame.XWingPublicKey = Convert.ToBase64String(XWingPublicKey.Span);
        frame.Commitment = Convert.ToBase64String(Commitment.Span);
    }
}

using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>hs3, A→B: the revealed share Ya, A's confirmation tag, and A's secretstream header.</summary>
internal sealed record Hs3(ReadOnlyMemory<byte> ShareA, ReadOnlyMemory<byte> TagA, ReadOnlyMemory<byte> HeaderA) : HandshakeMessage
{
    /// <summary>The frame kind.</summary>
    public const string KindName = "hs3";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool HasValidFields =>
        ShareA.Length == CPace.ElementSize && TagA.Length == TagSize && HeaderA.Length == IncrementalXChaCha20Poly1305.HeaderSize;

    /// <summary>Parses exactly an hs3 frame.</summary>
    public static bool TryParse(string? json, out Hs3? message)
    {
        message = TryParse(json, out HandshakeMessage? any) ? any as Hs3 : null;
        return message is not null;
    }

    internal static Hs3? FromFrame(HandshakeFrame f) =>
        f.CountPayloadFields() == 3 && TryDecode(f.ShareA, CPace.ElementSize, out var ya)
        && TryDecode(f.TagA, TagSize, out var tag) && TryDecode(f.HeaderA, IncrementalXChaCha20Poly1305.HeaderSize, out var hdr)
            ? new Hs3(ya, tag, hdr)
            : null;

    private protected override void Fill(HandshakeFrame frame)
    {
        frame.ShareA = Convert.ToBase64String(ShareA.Span);
        frame.TagA = Convert.ToBase64String(TagA.Span);
        frame.HeaderA = Convert.ToBase64String(HeaderA.Span);
    }
}

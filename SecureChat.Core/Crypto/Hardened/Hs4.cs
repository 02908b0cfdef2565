using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>hs4, B→A: B's confirmation tag and B's secretstream header.</summary>
internal sealed record Hs4(ReadOnlyMemory<byte> TagB, ReadOnlyMemory<byte> HeaderB) : HandshakeMessage
{
    /// <summary>The frame kind.</summary>
    public const string KindName = "hs4";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool HasValidFields => TagB.Length == TagSize && HeaderB.Length == IncrementalXChaCha20Poly1305.HeaderSize;

    /// <summary>Parses exactly an hs4 frame.</summary>
    public static bool TryParse(string? json, out Hs4? message)
    {
        message = TryParse(json, out HandshakeMessage? any) ? any as Hs4 : null;
        return message is not null;
    }

    internal static Hs4? FromFrame(HandshakeFrame f) =>
        f.CountPayloadFields() == 2 && TryDecode(f.TagB, TagSize, out var tag)
        && TryDecode(f.HeaderB, IncrementalXChaCha20Poly1305.HeaderSize, out var hdr)
            ? new Hs4(tag, hdr)
            : null;

    private protected override void Fill(HandshakeFrame frame)
    {
        frame.TagB = Convert.ToBase64String(TagB.Span);
        frame.HeaderB = Convert.ToBase64String(HeaderB.Span);
    }
}

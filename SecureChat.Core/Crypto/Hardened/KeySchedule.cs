using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Public-input steps of the v2 schedule (design §6.2–6.3): the hs1 commitment, the transcript hash TH, and the
/// key-confirmation tags. Improvement over the design: the tags also cover both secretstream headers
/// (tagA over lv_cat(TH, hdrA), tagB over lv_cat(TH, tagA, hdrA, hdrB)), so a swapped header fails the handshake
/// instead of the first data chunk, and every field of every message is authenticated before keys are used.
/// </summary>
internal static class KeySchedule
{
    /// <summary>TH size: BLAKE2b-512.</summary>
    public const int TranscriptHashSize = 64;

    /// <summary>cm = BLAKE2b-256(pers P("tchat.v2.cm"), lv_cat(Ya, ADa)); Ya is uniform, so cm leaks nothing early.</summary>
    public static byte[] ComputeCommitment(ReadOnlySpan<byte> shareA, ReadOnlySpan<byte> adA)
    {
        var commitment = new byte[HandshakeMessage.TagSize];
        BLAKE2b.ComputeHash(commitment, LengthValue.Concat(shareA.ToArray(), adA.ToArray()), HandshakeLabels.Personalization("tchat.v2.cm"));
        return commitment;
    }

    /// <summary>TH = BLAKE2b-512(pers P("tchat.v2.th"), lv_cat("tchat/2", CI, suites, nA, pkX, cm, suite, nB, Yb, ctX, Ya)).</summary>
    public static byte[] ComputeTranscriptHash(ReadOnlySpan<byte> channelIdentifier, Hs1 hs1, Hs2 hs2, ReadOnlySpan<byte> shareA)
    {
        ArgumentNullException.ThrowIfNull(hs1);
        ArgumentNullException.ThrowIfNull(hs2);
        var transcript = LengthValue.Concat(
            HandshakeLabels.Protocol.ToArray(), channelIdentifier.ToArray(), System.Text.Encoding.ASCII.GetBytes(hs1.Suites),
            hs1.NonceA.ToArray(), hs1.XWingPublicKey.ToArray(), hs1.Commitment.ToArray(), System.Text.Encoding.ASCII.GetBytes(hs2.Suite),
            hs2.NonceB.ToArray(), hs2.ShareB.ToArray(), hs2.XWingCiphertext.ToArray(), shareA.ToArray());
        var hash = new byte[TranscriptHashSize];
        BLAKE2b.ComputeHash(hash, transcript, HandshakeLabels.Personalization("tchat.v2.th"));
        return hash;
    }

    /// <summary>tagA = BLAKE2b-MAC(kcA, lv_cat(TH, hdrA)).</summary>
    public static byte[] ComputeTagA(ReadOnlySpan<byte> transcriptHash, ReadOnlySpan<byte> headerA, ReadOnlySpan<byte> confirmA)
    {
        var tag = new byte[HandshakeMessage.TagSize];
        BLAKE2b.ComputeTag(tag, TagAInput(transcriptHash, headerA), confirmA);
        return tag;
    }

    /// <summary>Constant-time check of tagA (BLAKE2b.VerifyTag uses sodium_memcmp).</summary>
    public static bool VerifyTagA(ReadOnlySpan<byte> tagA, ReadOnlySpan<byte> transcriptHash, ReadOnlySpan<byte> headerA, ReadOnlySpan<byte> confirmA) =>
        tagA.Length == HandshakeMessage.TagSize && BLAKE2b.VerifyTag(tagA, TagAInput(transcriptHash, headerA), confirmA);

    /// <summary>tagB = BLAKE2b-MAC(kcB, lv_cat(TH, tagA, hdrA, hdrB)).</summary>
    public static byte[] ComputeTagB(ReadOnlySpan<byte> transcriptHash, ReadOnlySpan<byte> tagA, ReadOnlySpan<byte> headerA, ReadOnlySpan<byte> headerB, ReadOnlySpan<byte> confirmB)
    {
        var tag = new byte[HandshakeMessage.TagSize];
        BLAKE2b.ComputeTag(tag, TagBInput(transcriptHash, tagA, headerA, headerB), confirmB);
        return tag;
    }

    /// <summary>Constant-time check of tagB.</summary>
    public static bool VerifyTagB(ReadOnlySpan<byte> tagB, ReadOnlySpan<byte> transcriptHash, ReadOnlySpan<byte> tagA, ReadOnlySpan<byte> headerA, ReadOnlySpan<byte> headerB, ReadOnlySpan<byte> confirmB) =>
        tagB.Length == HandshakeMessage.TagSize && BLAKE2b.VerifyTag(tagB, TagBInput(transcriptHash, tagA, headerA, headerB), confirmB);

    private static byte[] TagAInput(ReadOnlySpan<byte> th, ReadOnlySpan<byte> headerA) => LengthValue.Concat(th.ToArray(), headerA.ToArray());

    private static byte[] TagBInput(ReadOnlySpan<byte> th, ReadOnlySpan<byte> tagA, ReadOnlySpan<byte> headerA, ReadOnlySpan<byte> headerB) =>
        LengthValue.Concat(th.ToArray(), tagA.ToArray(), headerA.ToArray(), headerB.ToArray());
}

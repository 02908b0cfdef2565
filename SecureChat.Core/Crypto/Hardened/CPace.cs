using System.Security.Cryptography;
using Geralt;
using SecureChat.Crypto.Interop;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// CPACE-RISTR255-SHA512 from draft-irtf-cfrg-cpace-21 ("CPace group objects G_Ristretto255", "CPace protocol
/// instructions"), initiator-responder mode. Pure functions: the handshake owns every secret buffer and wipes it.
/// </summary>
internal static class CPace
{
    /// <summary>A ristretto255 scalar (y).</summary>
    public const int ScalarSize = Sodium.Ristretto255ScalarSize;

    /// <summary>An encoded group element (g, Y, K).</summary>
    public const int ElementSize = Sodium.Ristretto255PointSize;

    /// <summary>ISK = SHA-512 output.</summary>
    public const int IskSize = SHA512.HashSizeInBytes;

    /// <summary>SHA-512's input block size, s_in_bytes in the draft.</summary>
    public const int HashBlockSize = 128;

    private static ReadOnlySpan<byte> Dsi => "CPaceRistretto255"u8;

    private static ReadOnlySpan<byte> DsiIsk => "CPaceRistretto255_ISK"u8;

    /// <summary>
    /// g = element_derivation(SHA-512(lv_cat(DSI, PRS, zpad, CI, sid))). g is password-derived (it would allow
    /// offline guessing), so the generator string and its hash live only in guarded memory.
    /// </summary>
    public static void CalculateGenerator(Span<byte> generator, ReadOnlySpan<byte> prs, ReadOnlySpan<byte> ci, ReadOnlySpan<byte> sid)
    {
        var zpad = Math.Max(0, HashBlockSize - 1 - LengthValue.GetEncodedSize(prs.Length) - LengthValue.GetEncodedSize(Dsi.Length));
        var size = LengthValue.GetEncodedSize(Dsi.Length) + LengthValue.GetEncodedSize(prs.Length)
            + LengthValue.GetEncodedSize(zpad) + LengthValue.GetEncodedSize(ci.Length) + LengthValue.GetEncodedSize(sid.Length);
        if (size + SHA512.HashSizeInBytes > GuardedHeapAllocation.MaxSize)
        {
            throw new ArgumentException("PRS, CI and sid are too long for one guarded page.", nameof(prs));
        }

        using var scratch = new GuardedHeapAllocation(size + SHA512.HashSizeInBytes);
        var genStr = scratch.AsSpan()[..size];
        var hash = scratch.AsSpan().Slice(size, SHA512.HashSizeInBytes);
        var offset = LengthValue.Write(genStr, Dsi);
        offset += LengthValue.Write(genStr[offset..], prs);
        genStr[offset++] = (byte)zpad; // zpad < 128, so its prefix is one byte; the zeros follow
        genStr.Slice(offset, zpad).Clear();
        offset += zpad;
        offset += LengthValue.Write(genStr[offset..], ci);
        _ = LengthValue.Write(genStr[offset..], sid);
        _ = SHA512.HashData(genStr, hash);
        Sodium.Ristretto255FromHash(generator, hash);
    }

    /// <summary>y uniform in [1, L−1], as the draft's sample_scalar.</summary>
    public static void SampleScalar(Span<byte> scalar) => Sodium.Ristretto255ScalarRandom(scalar);

    /// <summary>Y = y·g. False only for a degenerate scalar, which <see cref="SampleScalar"/> never yields.</summary>
    public static bool TryComputeShare(Span<byte> share, ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> generator) =>
        Sodium.TryScalarMultRistretto255(share, scalar, generator);

    /// <summary>
    /// K = scalar_mult_vfy(y, Y): false (and K zeroed) for a non-canonical encoding or the identity,
    /// the draft's "MUST abort" cases.
    /// </summary>
    public static bool TryScalarMultVfy(Span<byte> sharedPoint, ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> peerShare)
    {
        if (Sodium.TryScalarMultRistretto255(sharedPoint, scalar, peerShare))
        {
            return true;
        }

        SecureMemory.ZeroMemory(sharedPoint);
        return false;
    }

    /// <summary>ISK = SHA-512(lv_cat(DSI‖"_ISK", sid, K) ‖ transcript_ir(Ya, ADa, Yb, ADb)); K is copied only into guarded memory.</summary>
    public static void DeriveIsk(
        Span<byte> isk, ReadOnlySpan<byte> sid, ReadOnlySpan<byte> sharedPoint,
        ReadOnlySpan<byte> shareA, ReadOnlySpan<byte> adA, ReadOnlySpan<byte> shareB, ReadOnlySpan<byte> adB)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(isk.Length, IskSize, nameof(isk));
        var size = LengthValue.GetEncodedSize(DsiIsk.Length) + LengthValue.GetEncodedSize(sid.Length)
            + LengthValue.GetEncodedSize(sharedPoint.Length) + LengthValue.GetEncodedSize(shareA.Length)
            + LengthValue.GetEncodedSize(adA.Length) + LengthValue.GetEncodedSize(shareB.Length) + LengthValue.GetEncodedSize(adB.Length);
        if (size > GuardedHeapAllocation.MaxSize)
        {
            throw new ArgumentException("ISK input is too long for one guarded page.", nameof(sid));
        }

        using var scratch = new GuardedHeapAllocation(size);
        var input = scratch.AsSpan();
        var offset = LengthValue.Write(input, DsiIsk);
        offset += LengthValue.Write(input[offset..], sid);
        offset += LengthValue.Write(input[offset..], sharedPoint);
        offset += LengthValue.Write(input[offset..], shareA);
        offset += LengthValue.Write(input[offset..], adA);
        offset += LengthValue.Write(input[offset..], shareB);
        _ = LengthValue.Write(input[offset..], adB);
        _ = SHA512.HashData(input, isk);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecureChat.Crypto.Interop;

/// <summary>
/// ristretto255 group operations for CPace (Geralt exposes no point arithmetic). Every wrapper checks
/// lengths before the call because the native side trusts them.
/// </summary>
internal static partial class Sodium
{
    /// <summary><c>crypto_core_ristretto255_BYTES</c>: an encoded group element.</summary>
    public const int Ristretto255PointSize = 32;

    /// <summary><c>crypto_core_ristretto255_SCALARBYTES</c>.</summary>
    public const int Ristretto255ScalarSize = 32;

    /// <summary><c>crypto_core_ristretto255_HASHBYTES</c>: input of the one-way map.</summary>
    public const int Ristretto255HashSize = 64;

    /// <summary>Maps a 64-byte uniform string to a group element (CPace <c>element_derivation</c>).</summary>
    public static void Ristretto255FromHash(Span<byte> point, ReadOnlySpan<byte> hash)
    {
        ThrowIfWrongSize(point, Ristretto255PointSize, nameof(point));
        ThrowIfWrongSize(hash, Ristretto255HashSize, nameof(hash));
        EnsureInitialized();
        _ = crypto_core_ristretto255_from_hash(point, hash);
    }

    /// <summary>Samples a scalar uniformly in [1, L−1]; libsodium never returns zero here.</summary>
    public static void Ristretto255ScalarRandom(Span<byte> scalar)
    {
        ThrowIfWrongSize(scalar, Ristretto255ScalarSize, nameof(scalar));
        EnsureInitialized();
        crypto_core_ristretto255_scalar_random(scalar);
    }

    /// <summary>
    /// q = n·p. False when p is not a canonical encoding or q is the identity: exactly the two cases
    /// CPace's <c>scalar_mult_vfy</c> must reject.
    /// </summary>
    public static bool TryScalarMultRistretto255(Span<byte> q, ReadOnlySpan<byte> n, ReadOnlySpan<byte> p)
    {
        ThrowIfWrongSize(q, Ristretto255PointSize, nameof(q));
        ThrowIfWrongSize(n, Ristretto255ScalarSize, nameof(n));
        ThrowIfWrongSize(p, Ristretto255PointSize, nameof(p));
        EnsureInitialized();
        return crypto_scalarmult_ristretto255(q, n, p) == 0;
    }

    private static void ThrowIfWrongSize(ReadOnlySpan<byte> buffer, int size, string name)
    {
        if (buffer.Length != size)
        {
            throw new ArgumentOutOfRangeException(name, buffer.Length, $"Must be {size} bytes.");
        }
    }

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int crypto_core_ristretto255_from_hash(Span<byte> p, ReadOnlySpan<byte> r);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial void crypto_core_ristretto255_scalar_random(Span<byte> r);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int crypto_scalarmult_ristretto255(Span<byte> q, ReadOnlySpan<byte> n, ReadOnlySpan<byte> p);
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecureChat.Crypto.Interop;

// NaCl crypto_box (X25519 + XSalsa20-Poly1305): the specification's wire cipher, which Geralt does not expose.
internal static partial class Sodium
{
    public const int BoxPublicKeyBytes = 32;
    public const int BoxSecretKeyBytes = 32;
    public const int BoxBeforeNmBytes = 32;
    public const int BoxNonceBytes = 24;
    public const int BoxMacBytes = 16;

    /// <summary>Precomputes the shared key; returns -1 when the peer's key is a low-order point.</summary>
    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int crypto_box_beforenm(Span<byte> k, ReadOnlySpan<byte> pk, ReadOnlySpan<byte> sk);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int crypto_box_easy(Span<byte> c, ReadOnlySpan<byte> m, ulong mlen, ReadOnlySpan<byte> n, ReadOnlySpan<byte> pk, ReadOnlySpan<byte> sk);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int crypto_box_easy_afternm(Span<byte> c, ReadOnlySpan<byte> m, ulong mlen, ReadOnlySpan<byte> n, ReadOnlySpan<byte> k);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int crypto_box_open_easy_afternm(Span<byte> m, ReadOnlySpan<byte> c, ulong clen, ReadOnlySpan<byte> n, ReadOnlySpan<byte> k);
}

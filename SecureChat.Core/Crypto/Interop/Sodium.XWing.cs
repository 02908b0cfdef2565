using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecureChat.Crypto.Interop;

/// <summary>
/// The deterministic X-Wing encapsulation, which Geralt does not expose. Only the known-answer test
/// needs it: a repeated seed repeats the shared secret, so production code uses Geralt's random one.
/// </summary>
internal static partial class Sodium
{
    /// <summary><c>crypto_kem_xwing_PUBLICKEYBYTES</c>.</summary>
    public const int XWingPublicKeySize = 1216;

    /// <summary><c>crypto_kem_xwing_CIPHERTEXTBYTES</c>.</summary>
    public const int XWingCiphertextSize = 1120;

    /// <summary><c>crypto_kem_xwing_SHAREDSECRETBYTES</c>.</summary>
    public const int XWingSharedSecretSize = 32;

    /// <summary>Encapsulation randomness: 32 bytes for ML-KEM-768, then the 32-byte X25519 ephemeral key.</summary>
    public const int XWingEncapsulationSeedSize = 64;

    /// <summary>Runs <c>crypto_kem_xwing_enc_deterministic(ct, ss, pk, seed)</c>; false if libsodium refuses.</summary>
    public static bool TryXWingEncapsulateDeterministic(
        Span<byte> ciphertext, Span<byte> sharedSecret, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> seed)
    {
        ThrowIfWrongSize(ciphertext, XWingCiphertextSize, nameof(ciphertext));
        ThrowIfWrongSize(sharedSecret, XWingSharedSecretSize, nameof(sharedSecret));
        ThrowIfWrongSize(publicKey, XWingPublicKeySize, nameof(publicKey));
        ThrowIfWrongSize(seed, XWingEncapsulationSeedSize, nameof(seed));
        EnsureInitialized();
        return crypto_kem_xwing_enc_deterministic(ciphertext, sharedSecret, publicKey, seed) == 0;
    }

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int crypto_kem_xwing_enc_deterministic(
        Span<byte> ct, Span<byte> ss, ReadOnlySpan<byte> pk, ReadOnlySpan<byte> seed);
}

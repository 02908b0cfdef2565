using Geralt;
using SecureChat.Crypto.Interop;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The sender side of X-Wing. X-Wing is not an authenticated KEM (draft §"Not an authenticated KEM"):
/// its secret only counts after CPace-keyed confirmation over a transcript that contains pk and ct.
/// </summary>
internal static class XWingKem
{
    /// <summary>Ciphertext size.</summary>
    public const int CiphertextSize = XWing.CiphertextSize;

    /// <summary>Shared secret size.</summary>
    public const int SharedSecretSize = XWing.SharedSecretSize;

    /// <summary>Deterministic-encapsulation seed size.</summary>
    public const int EncapsulationSeedSize = Sodium.XWingEncapsulationSeedSize;

    /// <summary>(ss, ct) = Encapsulate(pk) with fresh randomness; false for a wrong-size or refused key.</summary>
    public static bool TryEncapsulate(Span<byte> sharedSecret, Span<byte> ciphertext, ReadOnlySpan<byte> publicKey)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(sharedSecret.Length, SharedSecretSize, nameof(sharedSecret));
        ArgumentOutOfRangeException.ThrowIfNotEqual(ciphertext.Length, CiphertextSize, nameof(ciphertext));
        return publicKey.Length == XWing.PublicKeySize && GeraltBoundary.TryEncapsulate(sharedSecret, ciphertext, publicKey);
    }

    /// <summary>Encapsulation with caller-chosen randomness, for the draft's known-answer vectors only.</summary>
    public static bool TryEncapsulateDeterministic(
        Span<byte> sharedSecret, Span<byte> ciphertext, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> seed) =>
        Sodium.TryXWingEncapsulateDeterministic(ciphertext, sharedSecret, publicKey, seed);
}

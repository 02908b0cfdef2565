using System.Security.Cryptography;
using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The one place where Geralt's exceptions for expected failures (a bad tag, a refused KEM input) become
/// <see langword="false"/>. Length and disposal errors are misuse and still throw.
/// </summary>
internal static class GeraltBoundary
{
    /// <summary>X-Wing decapsulation; the secret output is zeroed on failure.</summary>
    public static bool TryDecapsulate(Span<byte> sharedSecret, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> privateKey)
    {
        try
        {
            XWing.Decapsulate(sharedSecret, ciphertext, privateKey);
            return true;
        }
        catch (CryptographicException)
        {
            SecureMemory.ZeroMemory(sharedSecret);
            return false;
        }
    }

    /// <summary>X-Wing encapsulation to a peer key; fails if libsodium rejects the key.</summary>
    public static bool TryEncapsulate(Span<byte> sharedSecret, Span<byte> ciphertext, ReadOnlySpan<byte> publicKey)
    {
        try
        {
            XWing.Encapsulate(sharedSecret, ciphertext, publicKey);
            return true;
        }
        catch (CryptographicException)
        {
            SecureMemory.ZeroMemory(sharedSecret);
            return false;
        }
    }

    /// <summary>Pulls one secretstream chunk. On failure the plaintext buffer is zeroed and the caller must destroy the stream.</summary>
    public static bool TryDecryptChunk(
        IncrementalXChaCha20Poly1305 stream, Span<byte> plaintext, ReadOnlySpan<byte> chunk,
        ReadOnlySpan<byte> associatedData, out IncrementalXChaCha20Poly1305.ChunkFlag flag)
    {
        try
        {
            flag = stream.DecryptChunk(plaintext, chunk, associatedData);
            return true;
        }
        catch (CryptographicException)
        {
            SecureMemory.ZeroMemory(plaintext);
            flag = default;
            return false;
        }
    }
}

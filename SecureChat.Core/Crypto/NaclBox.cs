using Geralt;
using SecureChat.Crypto.Interop;

namespace SecureChat.Crypto;

/// <summary>
/// The specification's message cipher, byte-compatible with PyNaCl's <c>Box.encrypt</c>:
/// <c>nonce(24) || Poly1305 MAC(16) || XSalsa20 ciphertext</c>, with a fresh random nonce per message.
/// The X25519 shared key is precomputed once into a guarded allocation that is wiped on <see cref="Dispose"/>.
/// </summary>
internal sealed class NaclBox : IDisposable
{
    public const int NonceSize = Sodium.BoxNonceBytes;
    public const int TagSize = Sodium.BoxMacBytes;
    public const int Overhead = NonceSize + TagSize;

    private readonly GuardedHeapAllocation _sharedKey;
    private bool _disposed;

    private NaclBox(GuardedHeapAllocation sharedKey) => _sharedKey = sharedKey;

    /// <summary>
    /// Agrees the shared key. Returns <see langword="null"/> when <paramref name="peerPublicKey"/> is a low-order
    /// point, which would make the key predictable to anyone.
    /// </summary>
    public static NaclBox? TryCreate(EphemeralKeyPair ownKeys, ReadOnlySpan<byte> peerPublicKey)
    {
        if (peerPublicKey.Length != Sodium.BoxPublicKeyBytes)
        {
            return null;
        }

        Sodium.EnsureInitialized();
        var sharedKey = new GuardedHeapAllocation(Sodium.BoxBeforeNmBytes);
        var peer = peerPublicKey.ToArray();
        var ok = ownKeys.UsePrivateKey(
            (sharedKey, peer),
            static (sk, s) => Sodium.crypto_box_beforenm(s.sharedKey.AsSpan(), s.peer, sk) == 0);
        if (!ok)
        {
            sharedKey.Dispose();
            return null;
        }

        sharedKey.NoAccess();
        return new NaclBox(sharedKey);
    }

    public static int GetCiphertextSize(int plaintextSize) => plaintextSize + Overhead;

    /// <summary>Encrypts with a random nonce, writing <c>nonce || MAC || ciphertext</c> into <paramref name="output"/>.</summary>
    public void Encrypt(Span<byte> output, ReadOnlySpan<byte> plaintext)
    {
        var nonce = output[..NonceSize];
        SecureRandom.Fill(nonce);
        Encrypt(output, plaintext, nonce);
    }

    /// <summary>Encrypts with a caller-chosen nonce: for known-answer tests only; reusing a nonce breaks secrecy.</summary>
    internal void Encrypt(Span<byte> output, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> nonce)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNotEqual(output.Length, GetCiphertextSize(plaintext.Length), nameof(output));
        ArgumentOutOfRangeException.ThrowIfNotEqual(nonce.Length, NonceSize, nameof(nonce));
        nonce.CopyTo(output);
        _sharedKey.ReadOnly();
        try
        {
            _ = Sodium.crypto_box_easy_afternm(output[NonceSize..], plaintext, (ulong)plaintext.Length, nonce, _sharedKey.AsSpan());
        }
        finally
        {
            _sharedKey.NoAccess();
        }
    }

    /// <summary>Authenticates and decrypts; <see langword="false"/> (and nothing written) when the box was altered or forged.</summary>
    public bool TryDecrypt(Span<byte> plaintext, ReadOnlySpan<byte> box)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (box.Length < Overhead || plaintext.Length != box.Length - Overhead)
        {
            return false;
        }

        _sharedKey.ReadOnly();
        try
        {
            var nonce = box[..NonceSize];
            var sealedPart = box[NonceSize..];
            return Sodium.crypto_box_open_easy_afternm(plaintext, sealedPart, (ulong)sealedPart.Length, nonce, _sharedKey.AsSpan()) == 0;
        }
        finally
        {
            _sharedKey.NoAccess();
        }
    }

    public bool IsDisposed => _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sharedKey.ReadWrite();
        _sharedKey.Dispose();
    }

    public override string ToString() => "NaCl box (key hidden)";
}

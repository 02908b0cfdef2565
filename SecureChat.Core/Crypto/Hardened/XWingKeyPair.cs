using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// A one-session X-Wing key pair (draft-connolly-cfrg-xwing-kem-10). The 32-byte secret seed sits in guarded
/// memory and is wiped on <see cref="Dispose"/>, which the initiator calls right after decapsulating.
/// </summary>
internal sealed class XWingKeyPair : IDisposable
{
    /// <summary>X-Wing public key: ML-KEM-768 key ‖ X25519 key.</summary>
    public const int PublicKeySize = XWing.PublicKeySize;

    /// <summary>X-Wing private key (the seed it is expanded from).</summary>
    public const int PrivateKeySize = XWing.PrivateKeySize;

    /// <summary>Key-generation seed.</summary>
    public const int SeedSize = XWing.SeedSize;

    private readonly GuardedHeapAllocation _privateKey;
    private readonly byte[] _publicKey = new byte[PublicKeySize];
    private bool _disposed;

    private XWingKeyPair(ReadOnlySpan<byte> seed)
    {
        _privateKey = new GuardedHeapAllocation(PrivateKeySize);
        if (seed.IsEmpty)
        {
            XWing.GenerateKeyPair(_publicKey, _privateKey.AsSpan());
        }
        else
        {
            XWing.GenerateKeyPair(_publicKey, _privateKey.AsSpan(), seed);
        }

        _privateKey.NoAccess();
    }

    /// <summary>A fresh random key pair.</summary>
    public static XWingKeyPair Generate() => new([]);

    /// <summary>The key pair derived from <paramref name="seed"/> (known-answer tests).</summary>
    public static XWingKeyPair FromSeed(ReadOnlySpan<byte> seed)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(seed.Length, SeedSize, nameof(seed));
        return new XWingKeyPair(seed);
    }

    /// <summary>The public key to send in hs1.</summary>
    public ReadOnlySpan<byte> PublicKey
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _publicKey;
        }
    }

    /// <summary>ss = Decapsulate(ct, sk). False if libsodium refuses; X-Wing otherwise rejects implicitly (a wrong ss).</summary>
    public bool TryDecapsulate(Span<byte> sharedSecret, ReadOnlySpan<byte> ciphertext)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sharedSecret.Length, XWing.SharedSecretSize, nameof(sharedSecret));
        if (ciphertext.Length != XWing.CiphertextSize)
        {
            return false;
        }

        _privateKey.ReadOnly();
        try
        {
            return GeraltBoundary.TryDecapsulate(sharedSecret, ciphertext, _privateKey.AsSpan());
        }
        finally
        {
            _privateKey.NoAccess();
        }
    }

    /// <summary>Wipes the private key (sodium_free zeroes the page).</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _privateKey.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => "XWingKeyPair(private key hidden)";
}

using Geralt;

namespace SecureChat.Crypto;

/// <summary>
/// A per-session X25519 key pair. The private key lives in a guarded, locked allocation that is zeroed and
/// freed on <see cref="Dispose"/>; <see cref="ToString"/> never shows key bytes.
/// </summary>
internal sealed class EphemeralKeyPair : IDisposable
{
    public const int PublicKeySize = X25519.PublicKeySize;
    public const int PrivateKeySize = X25519.PrivateKeySize;

    private readonly GuardedHeapAllocation _privateKey;
    private readonly byte[] _publicKey = new byte[PublicKeySize];
    private bool _disposed;

    private EphemeralKeyPair(GuardedHeapAllocation privateKey)
    {
        _privateKey = privateKey;
        X25519.ComputePublicKey(_publicKey, _privateKey.AsSpan());
        _privateKey.NoAccess();
    }

    public static EphemeralKeyPair Generate()
    {
        var privateKey = new GuardedHeapAllocation(PrivateKeySize);
        Span<byte> publicKey = stackalloc byte[PublicKeySize];
        X25519.GenerateKeyPair(publicKey, privateKey.AsSpan());
        return new EphemeralKeyPair(privateKey);
    }

    /// <summary>For known-answer tests: a key pair from a given private key.</summary>
    public static EphemeralKeyPair Import(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeySize)
        {
            throw new ArgumentException($"A private key is {PrivateKeySize} bytes.", nameof(privateKey));
        }

        var allocation = new GuardedHeapAllocation(PrivateKeySize);
        privateKey.CopyTo(allocation.AsSpan());
        return new EphemeralKeyPair(allocation);
    }

    public ReadOnlySpan<byte> PublicKey
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _publicKey;
        }
    }

    public bool IsDisposed => _disposed;

    /// <summary>Lends the private key to <paramref name="use"/> and locks it again afterwards.</summary>
    public TResult UsePrivateKey<TState, TResult>(TState state, PrivateKeyFunc<TState, TResult> use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _privateKey.ReadOnly();
        try
        {
            return use(_privateKey.AsSpan(), state);
        }
        finally
        {
            _privateKey.NoAccess();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _privateKey.ReadWrite();
        _privateKey.Dispose(); // sodium_free zeroes the page before releasing it
    }

    public override string ToString() => "X25519 key pair (private key hidden)";
}

internal delegate TResult PrivateKeyFunc<in TState, out TResult>(ReadOnlySpan<byte> privateKey, TState state);

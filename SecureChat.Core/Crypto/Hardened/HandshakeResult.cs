using Geralt;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// A confirmed v2 session: directional keys, session id, both secretstream headers, the SAS, and this side's
/// already-initialised push stream (its header went out in hs3/hs4, so it cannot be recreated from the key).
/// </summary>
internal sealed class HandshakeResult : IDisposable
{
    private readonly SessionKeys _keys;
    private readonly bool _isInitiator;
    private readonly byte[] _sendHeader;
    private readonly byte[] _receiveHeader;
    private readonly byte[] _sessionId;
    private IncrementalXChaCha20Poly1305? _push;
    private bool _disposed;

    internal HandshakeResult(SessionKeys keys, bool isInitiator, IncrementalXChaCha20Poly1305 push, ReadOnlySpan<byte> sendHeader, ReadOnlySpan<byte> receiveHeader)
    {
        _keys = keys;
        _isInitiator = isInitiator;
        _push = push;
        _sendHeader = sendHeader.ToArray();
        _receiveHeader = receiveHeader.ToArray();
        _sessionId = keys.SessionId.ToArray();
        Sas = ShortAuthenticationString.FromKey(keys.Sas);
        keys.ForgetConfirmationKeys();
    }

    /// <summary>Three words both users compare to rule out a MITM who knew the code (design §6.5).</summary>
    public string Sas { get; }

    /// <summary>sessId, bound into every data chunk's AD.</summary>
    public ReadOnlySpan<byte> SessionId => Check(_sessionId);

    /// <summary>This side's sending key (kAB for the creator, kBA for the joiner).</summary>
    public ReadOnlySpan<byte> SendKey => _isInitiator ? Check(_keys.AToB) : Check(_keys.BToA);

    /// <summary>The peer's sending key.</summary>
    public ReadOnlySpan<byte> ReceiveKey => _isInitiator ? Check(_keys.BToA) : Check(_keys.AToB);

    /// <summary>Header of this side's push stream (sent in hs3 or hs4).</summary>
    public ReadOnlySpan<byte> SendHeader => Check(_sendHeader);

    /// <summary>Header of the peer's push stream (received in hs3 or hs4).</summary>
    public ReadOnlySpan<byte> ReceiveHeader => Check(_receiveHeader);

    /// <summary>Builds the data channel once, moving the push stream into it.</summary>
    public SecureChannel OpenChannel()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var push = _push ?? throw new InvalidOperationException("The channel was already opened.");
        _push = null;
        return new SecureChannel(push, ReceiveKey, _receiveHeader, _sessionId);
    }

    /// <summary>Wipes the keys; a channel already opened keeps working.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _keys.Dispose();
            _push?.Dispose();
            _push = null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => "HandshakeResult(keys hidden)";

    private ReadOnlySpan<byte> Check(ReadOnlySpan<byte> value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return value;
    }
}

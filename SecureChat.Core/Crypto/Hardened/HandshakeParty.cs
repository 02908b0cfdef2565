using Geralt;
using SecureChat.Protocol;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// What both v2 roles share: the password in guarded memory until the CPace share exists, the scalar until K is
/// computed, fail-secure processing (the first failure wipes everything and every later call reports
/// <see cref="HandshakeFailure.Aborted"/>), and hand-over of the result. Transport-free: messages in, messages out.
/// </summary>
internal abstract partial class HandshakeParty : IDisposable
{
    private HandshakeResult? _result;
    private bool _disposed;

    private protected HandshakeParty(string roomId, ReadOnlySpan<byte> password)
    {
        if (!RoomCode.IsValid(roomId))
        {
            throw new ArgumentException("Room id must match ^[A-Z0-9]{8,16}$.", nameof(roomId));
        }

        ArgumentOutOfRangeException.ThrowIfZero(password.Length, nameof(password));
        ChannelIdentifier = HandshakeLabels.ChannelIdentifier(roomId);
        _password = new GuardedHeapAllocation(password.Length); // wiped as soon as the share exists
        password.CopyTo(_password.AsSpan());
        _password.NoAccess();
    }

    /// <summary>Why the handshake stopped, or <see cref="HandshakeFailure.None"/>.</summary>
    public HandshakeFailure Failure { get; private set; }

    /// <summary>True once confirmation succeeded and the result has not been taken.</summary>
    public bool IsComplete => _result is not null;

    /// <summary>CI, bound into the generator and TH.</summary>
    private protected byte[] ChannelIdentifier { get; }

    /// <summary>Consumes one peer message; on success <paramref name="reply"/> is the next message to send, if any.</summary>
    public HandshakeFailure Process(HandshakeMessage message, out HandshakeMessage? reply)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(message);
        reply = null;
        if (Failure != HandshakeFailure.None)
        {
            return HandshakeFailure.Aborted;
        }

        if (_result is not null)
        {
            return Fail(HandshakeFailure.UnexpectedMessage); // anything after completion is an attack or a bug
        }

        try
        {
            var failure = message.HasValidFields ? Handle(message, out reply) : HandshakeFailure.MalformedMessage;
            if (failure != HandshakeFailure.None)
            {
                reply = null;
                return Fail(failure);
            }

            return HandshakeFailure.None;
        }
        catch
        {
            _ = Fail(HandshakeFailure.Aborted);
            throw;
        }
    }

    /// <summary>Hands the keys, headers, SAS and send stream to the caller, who then owns and disposes them.</summary>
    public HandshakeResult TakeResult()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var result = _result ?? throw new InvalidOperationException("The handshake has not completed.");
        _result = null;
        return result;
    }

    /// <summary>Wipes every secret this role still holds.</summary>
    public void Dispose()
    {
        _disposed = true;
        WipeSecrets();
    }

    /// <summary>Role-specific handling of a message already checked for field sizes.</summary>
    private protected abstract HandshakeFailure Handle(HandshakeMessage message, out HandshakeMessage? reply);

    /// <summary>Role-specific secrets to wipe besides the shared ones.</summary>
    private protected abstract void WipeRoleSecrets();

    /// <summary>Misuse after <see cref="Dispose"/> is an exception, unlike hostile input.</summary>
    private protected void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Marks the handshake complete.</summary>
    private protected void Complete(HandshakeResult result) => _result = result;

    private HandshakeFailure Fail(HandshakeFailure reason)
    {
        Failure = reason;
        WipeSecrets();
        return reason;
    }

    private void WipeSecrets()
    {
        _password?.Dispose();
        _password = null;
        _scalar?.Dispose();
        _scalar = null;
        _result?.Dispose();
        _result = null;
        WipeRoleSecrets();
    }
}

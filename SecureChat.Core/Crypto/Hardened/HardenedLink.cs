using System.Buffers;
using SecureChat.Lifecycle;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// The session's hardened key setup and data channel: one handshake role, then one <see cref="SecureChannel"/>.
/// Frames in and out as text; failures as codes. Dispose wipes everything (the handshake's copy of the invite
/// secret included). Not thread-safe; the session serialises calls.
/// </summary>
internal sealed class HardenedLink : IDisposable
{
    private HandshakeParty? _handshake;
    private SecureChannel? _channel;

    public HardenedLink(InviteCode invite, InviteRole role) =>
        _handshake = role == InviteRole.Creator ? new HandshakeInitiator(invite) : new HandshakeResponder(invite);

    /// <summary>The three SAS words, once the keys are confirmed.</summary>
    public string? Sas { get; private set; }

    /// <summary>Whether every secret is wiped.</summary>
    public bool IsWiped => _handshake is null && (_channel?.IsDestroyed ?? true);

    /// <summary>The creator's hs1 frame; null for the joiner, who waits for hs1.</summary>
    public string? Start() => _handshake is HandshakeInitiator initiator ? initiator.Start().Encode() : null;

    /// <summary>Consumes one peer handshake message; <paramref name="reply"/> is the frame to send, if any.</summary>
    public HandshakeStep Process(HandshakeMessage message, out string? reply)
    {
        reply = null;
        if (_handshake is not { } handshake)
        {
            return HandshakeStep.Failed(ErrorCode.UnexpectedFrame, "A handshake message arrived after the handshake.");
        }

        var failure = handshake.Process(message, out var next);
        if (failure != HandshakeFailure.None)
        {
            return HandshakeFailureCodes.ToStep(failure);
        }

        reply = next?.Encode();
        if (!handshake.IsComplete)
        {
            return HandshakeStep.Continue;
        }

        using (var result = handshake.TakeResult())
        {
            Sas = result.Sas;
            _channel = result.OpenChannel();
        }

        handshake.Dispose();
        _handshake = null;
        return HandshakeStep.Done;
    }

    /// <summary>Seals one chat line as a data frame; null when the channel cannot (destroyed, or too long).</summary>
    public string? Seal(string text) => SealFrame(ChannelMessageKind.Text, text);

    /// <summary>The authenticated close as a data frame; null when there is no live channel.</summary>
    public string? SealClose() => SealFrame(ChannelMessageKind.Close, default);

    /// <summary>
    /// Seals one file or pipe message as a data frame, padded to at least <paramref name="minBucket"/>; null when
    /// the channel cannot (destroyed, or the body too long).
    /// </summary>
    public string? SealBinary(ChannelMessageKind kind, ReadOnlySpan<byte> body, int minBucket = 0)
    {
        if (_channel is not { IsDestroyed: false } channel)
        {
            return null;
        }

        var size = SecureChannel.GetChunkSize(body.Length, minBucket);
        if (size == 0)
        {
            return null;
        }

        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var chunk = rented.AsSpan(0, size);
            return channel.TrySeal(chunk, kind, body, minBucket) ? DataFrame.Encode(chunk) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Opens the peer's next chunk; false (and the channel destroyed) on any failure.</summary>
    public bool TryOpen(byte[] chunk, out ChannelMessage message)
    {
        message = default;
        return _channel is { } channel && channel.TryOpen(chunk, out message);
    }

    /// <summary>Wipes the handshake and the channel.</summary>
    public void Dispose()
    {
        _handshake?.Dispose();
        _handshake = null;
        _channel?.Dispose();
    }

    // The chunk is ciphertext, so its pooled buffer goes back without wiping; the channel wipes the plaintext.
    private string? SealFrame(ChannelMessageKind kind, ReadOnlySpan<char> text)
    {
        if (_channel is not { IsDestroyed: false } channel)
        {
            return null;
        }

        var size = SecureChannel.GetChunkSize(text);
        if (size == 0)
        {
            _ = channel.TrySeal([], kind, text); // too long for any bucket: still runs the misuse checks, then refuses
            return null;
        }

        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var chunk = rented.AsSpan(0, size);
            return channel.TrySeal(chunk, kind, text) ? DataFrame.Encode(chunk) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

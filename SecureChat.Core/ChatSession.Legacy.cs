using SecureChat.Crypto;
using SecureChat.Protocol;

namespace SecureChat;

// The legacy (specification) side of the actions: bare X25519 exchange, crypto_box messages, safety number.
public sealed partial class ChatSession
{
    private void SendLegacyKey()
    {
        _keys = EphemeralKeyPair.Generate();
        _transport!.Send(FrameCodec.Encode(new KeyExchangeFrame(_keys.PublicKey.ToArray())));
    }

    private ErrorCode AcceptLegacyKey(byte[] peerPublicKey)
    {
        var keys = _keys!;
        if (peerPublicKey.AsSpan().SequenceEqual(keys.PublicKey))
        {
            // Our own key reflected back would give a session with ourselves.
            return ErrorCode.UnexpectedFrame;
        }

        _cipher = LegacyCipher.TryCreate(keys, peerPublicKey);
        if (_cipher is null)
        {
            return ErrorCode.WeakPublicKey;
        }

        // Announced when the state is Connected (StateEntered), so a subscriber may send at once.
        _safetyNumber = SafetyNumber.Compute(keys.PublicKey, peerPublicKey);
        return ErrorCode.None;
    }

    private ErrorCode OpenLegacy(byte[] payload)
    {
        var result = _cipher!.Open(payload);
        if (result.Text is { } text)
        {
            Emit(new MessageReceived(text, Now));
        }

        return result.Error;
    }

    private ErrorCode SealLegacy(string text)
    {
        var payload = _cipher!.Seal(text);
        _transport!.Send(FrameCodec.Encode(new MessageFrame(payload)));
        Emit(new MessageSent(text, Now));
        return ErrorCode.None;
    }
}

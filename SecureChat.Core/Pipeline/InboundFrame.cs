using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;

namespace SecureChat.Pipeline;

/// <summary>
/// One frame from the relay, recognised as a v2 handshake message, a v2 data chunk, or (otherwise) the legacy
/// codec's result. Which of them the session accepts depends on its protocol mode; recognising never throws.
/// </summary>
/// <param name="Handshake">A v2 hs1…hs4, or null.</param>
/// <param name="Chunk">A v2 <c>msg</c> chunk, or null.</param>
/// <param name="Legacy">The legacy decode, when the frame is neither v2 form.</param>
internal readonly record struct InboundFrame(HandshakeMessage? Handshake, byte[]? Chunk, DecodeResult Legacy)
{
    public static InboundFrame Decode(string text)
    {
        // Data frames first: they are every chat message, and the strict DataFrame parser is cheap and never throws.
        // Any frame it accepts is ASCII JSON with the v2 fields "p" and "c", so within the legacy size bound the
        // legacy codec would have answered UnexpectedField for it; that is what the frame records.
        if (text.Length <= FrameCodec.MaxFrameBytes && DataFrame.TryParse(text, out var chunk))
        {
            return new InboundFrame(null, chunk, DecodeResult.Failure(ErrorCode.UnexpectedField));
        }

        // Then the legacy codec: it bounds the size and refuses text that is not JSON. A v2 frame carries fields
        // the legacy SIGNAL does not define (or a kind it does not know); only then try the strict v2 parser.
        var legacy = FrameCodec.Decode(text);
        if (legacy.Error is ErrorCode.UnexpectedField or ErrorCode.UnknownKind && HandshakeMessage.TryParse(text, out var handshake))
        {
            return new InboundFrame(handshake, null, legacy);
        }

        return new InboundFrame(null, null, legacy);
    }
}

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
        // The legacy codec first: it bounds the size and refuses text that is not JSON. A v2 frame carries fields
        // the legacy SIGNAL does not define (or a kind it does not know); only then try the strict v2 parsers.
        var legacy = FrameCodec.Decode(text);
        if (legacy.Error is ErrorCode.UnexpectedField or ErrorCode.UnknownKind)
        {
            if (HandshakeMessage.TryParse(text, out var handshake))
            {
                return new InboundFrame(handshake, null, legacy);
            }

            if (DataFrame.TryParse(text, out var chunk))
            {
                return new InboundFrame(null, chunk, legacy);
            }
        }

        return new InboundFrame(null, null, legacy);
    }
}

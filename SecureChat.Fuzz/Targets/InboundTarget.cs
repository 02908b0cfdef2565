using System.Text;
using SecureChat.Crypto.Hardened;
using SecureChat.Protocol;
using SecureChat.Pipeline;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="InboundFrame.Decode"/>: never throws; at most one of handshake and chunk; the legacy result is exactly
/// <see cref="FrameCodec.Decode"/>'s; a v2 route only where the strict v2 parser agrees and the legacy codec did
/// not accept the frame; and, within the legacy size bound, no frame the v2 parsers accept is missed.
/// </summary>
internal static class InboundTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        var frame = InboundFrame.Decode(text);
        var legacy = FrameCodec.Decode(text);
        PropertyViolationException.Check(frame.Handshake is null || frame.Chunk is null, "routed as both handshake and chunk");
        PropertyViolationException.Check(
            frame.Legacy.Error == legacy.Error && (frame.Legacy.Frame is null) == (legacy.Frame is null)
            && (legacy.Frame is null || CodecTarget.SameFrame(frame.Legacy.Frame!, legacy.Frame)),
            "legacy result differs from FrameCodec.Decode");

        var v2 = frame.Handshake is not null || frame.Chunk is not null;
        PropertyViolationException.Check(!v2 || !legacy.IsSuccess, "a frame the legacy codec accepts was routed as v2");

        var isHandshake = HandshakeMessage.TryParse(text, out _);
        var isData = DataFrame.TryParse(text, out _);
        PropertyViolationException.Check(frame.Handshake is null || isHandshake, "routed as handshake but HandshakeMessage.TryParse refuses it");
        PropertyViolationException.Check(frame.Chunk is null || isData, "routed as chunk but DataFrame.TryParse refuses it");
        if (Encoding.UTF8.GetByteCount(text) <= FrameCodec.MaxFrameBytes)
        {
            PropertyViolationException.Check(!isHandshake || frame.Handshake is not null, "a valid v2 handshake frame was not routed");
            PropertyViolationException.Check(!isData || frame.Chunk is not null, "a valid v2 data frame was not routed");
        }
    }
}

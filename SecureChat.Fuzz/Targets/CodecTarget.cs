using System.Text;
using SecureChat.Protocol;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="FrameCodec.Decode"/>: never throws; a result is a frame or an error, never both; a decoded frame
/// re-encodes to text that decodes to the same frame and re-encodes to the same text (the encoding is canonical),
/// unless that text outgrows the size limit, which only an ERROR message can (then the decoder refuses it).
/// </summary>
internal static class CodecTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        var result = FrameCodec.Decode(text);
        PropertyViolationException.Check(result.IsSuccess == (result.Error == ErrorCode.None), $"success and error disagree: {result.Error}");
        if (result.Frame is not { } frame)
        {
            return;
        }

        var wire = FrameCodec.Encode(frame);
        var again = FrameCodec.Decode(wire);
        if (Encoding.UTF8.GetByteCount(wire) > FrameCodec.MaxFrameBytes)
        {
            // Known and accepted (docs/fuzzing.md): the encoder escapes characters outside the BMP as two \uXXXX
            // (12 bytes for 4), so only an ERROR message near the limit can grow past it; the decoder then refuses it.
            PropertyViolationException.Check(frame is ErrorFrame && again.Error == ErrorCode.FrameTooLarge, $"re-encoded {frame.GetType().Name} is over the size limit");
            return;
        }

        PropertyViolationException.Check(again.Frame is not null, $"re-encoded {frame.GetType().Name} does not decode: {again.Error}");
        PropertyViolationException.Check(SameFrame(frame, again.Frame!), $"re-encoded {frame.GetType().Name} decodes to a different frame");
        PropertyViolationException.Check(string.Equals(FrameCodec.Encode(again.Frame!), wire, StringComparison.Ordinal), "encoding is not canonical");
    }

    /// <summary>Records compare arrays by reference; frames with bytes compare them by content.</summary>
    internal static bool SameFrame(Frame a, Frame b) => (a, b) switch
    {
        (KeyExchangeFrame x, KeyExchangeFrame y) => x.PublicKey.AsSpan().SequenceEqual(y.PublicKey),
        (MessageFrame x, MessageFrame y) => x.Payload.AsSpan().SequenceEqual(y.Payload),
        _ => a.Equals(b),
    };
}

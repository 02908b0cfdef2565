using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureChat.Protocol;

/// <summary>
/// The strict JSON codec for the specification's frames. <see cref="Decode"/> never throws: every malformed
/// input maps to its own <see cref="ErrorCode"/>.
/// </summary>
internal static class FrameCodec
{
    /// <summary>The largest frame accepted, in UTF-8 bytes (a 1000-character message is under 6 KiB).</summary>
    public const int MaxFrameBytes = 64 * 1024;

    public const int PublicKeySize = 32;
    public const int MinPayloadSize = 24 + 16;

    // The default encoder writes '+' (in about every base64 key and payload) as \u002B, so the wire text would
    // not be the specification's base64. Frames never go into HTML, so the HTML-safe escaping buys nothing.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DecodeResult Decode(string text)
    {
        if (text.Length > MaxFrameBytes || Encoding.UTF8.GetByteCount(text) > MaxFrameBytes)
        {
            return DecodeResult.Failure(ErrorCode.FrameTooLarge);
        }

        WireFrame? wire;
        try
        {
            wire = JsonSerializer.Deserialize(text, WireJsonContext.Default.WireFrame);
        }
        catch (JsonException)
        {
            return DecodeResult.Failure(ErrorCode.MalformedJson);
        }
        catch (ArgumentException ex) when (ex.InnerException is EncoderFallbackException)
        {
            // A lone UTF-16 surrogate cannot be transcoded to UTF-8, so the text is not JSON.
            return DecodeResult.Failure(ErrorCode.MalformedJson);
        }

        return wire is null ? DecodeResult.Failure(ErrorCode.MalformedJson) : FrameValidator.Validate(wire);
    }

    public static string Encode(Frame frame)
    {
        var wire = frame switch
        {
            JoinFrame join => new WireFrame { Type = FrameTypes.Join, Room = join.Room },
            PeerFoundFrame => new WireFrame { Type = FrameTypes.PeerFound },
            PeerLeftFrame => new WireFrame { Type = FrameTypes.PeerLeft },
            ErrorFrame error => new WireFrame { Type = FrameTypes.Error, Code = error.Code, Message = error.Message },
            KeyExchangeFrame key => new WireFrame { Type = FrameTypes.Signal, Kind = FrameTypes.KeyExchange, Key = Convert.ToBase64String(key.PublicKey) },
            MessageFrame msg => new WireFrame { Type = FrameTypes.Signal, Kind = FrameTypes.Message, Payload = Convert.ToBase64String(msg.Payload) },
            _ => throw new ArgumentException($"No wire form for {frame.GetType().Name}.", nameof(frame)),
        };
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            JsonSerializer.Serialize(writer, wire, WireJsonContext.Default.WireFrame);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

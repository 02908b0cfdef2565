using System.Text.Json;

namespace SecureChat.LoadTest;

/// <summary>
/// Classifies a frame from the relay with <see cref="Utf8JsonReader"/> rather than by byte offsets, so a relay that
/// re-serialises the JSON (field order, spacing) is still measured fairly. Never throws on bad input.
/// </summary>
internal static class InboundFrame
{
    public static InboundKind Classify(ReadOnlySpan<byte> utf8, out FrameStamp stamp)
    {
        stamp = default;
        var type = InboundKind.Other;
        var hasStamp = false;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return InboundKind.Other;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                var isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                }
                else if (isType)
                {
                    type = TypeOf(ref reader);
                }
                else if (isData && !reader.ValueIsEscaped)
                {
                    hasStamp = SignalFrame.TryReadStamp(reader.ValueSpan, out stamp);
                }
            }
        }
        catch (JsonException)
        {
            return InboundKind.Other;
        }

        return type == InboundKind.Signal && !hasStamp ? InboundKind.ForeignSignal : type;
    }

    private static InboundKind TypeOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("SIGNAL"u8) ? InboundKind.Signal
        : reader.ValueTextEquals("PEER_FOUND"u8) ? InboundKind.PeerFound
        : reader.ValueTextEquals("PEER_LEFT"u8) ? InboundKind.PeerLeft
        : reader.ValueTextEquals("ERROR"u8) ? InboundKind.Error
        : InboundKind.Other;
}

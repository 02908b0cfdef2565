using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using SecureChat.Protocol;

namespace SecureChat.Relay;

/// <summary>
/// Reads the top-level <c>type</c> (and a JOIN's <c>room</c>) of a frame with <see cref="Utf8JsonReader"/>: no DOM, no
/// copy of the payload. The whole frame is still walked, so anything but one well-formed JSON object is refused.
/// </summary>
internal static class FrameInspector
{
    // An escaped room code may spell each of its characters as \uXXXX (six bytes).
    private const int MaxEscapedRoomBytes = RoomCode.MaxLength * 6;

    /// <summary>Classifies one UTF-8 text frame. Never throws on bad input.</summary>
    public static FrameVerdict Inspect(ReadOnlySpan<byte> utf8)
    {
        // The reader checks structure, not the UTF-8 inside strings it skips; forwarded bytes must be text too.
        if (!Utf8.IsValid(utf8))
        {
            return FrameVerdict.Refuse(ErrorCode.MalformedJson);
        }

        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        var kind = FrameKind.Refused;
        var typeError = ErrorCode.MalformedJson;
        var roomError = ErrorCode.MissingField;
        string? room = null;
        bool sawType = false, sawRoom = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return FrameVerdict.Refuse(ErrorCode.MalformedJson);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Duplicates are refused: a client must not be able to show the relay one type and the peer another.
                if (reader.ValueTextEquals("type"u8))
                {
                    if (sawType)
                    {
                        return FrameVerdict.Refuse(ErrorCode.MalformedJson);
                    }

                    sawType = true;
                    reader.Read();
                    kind = ClassifyType(ref reader, out typeError);
                }
                else if (reader.ValueTextEquals("room"u8))
                {
                    if (sawRoom)
                    {
                        return FrameVerdict.Refuse(ErrorCode.MalformedJson);
                    }

                    sawRoom = true;
                    reader.Read();
                    room = ReadRoom(ref reader, out roomError);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // The loop stops at the object's end; a further token or trailing garbage is not one JSON object.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return FrameVerdict.Refuse(ErrorCode.MalformedJson);
            }
        }
        catch (JsonException)
        {
            return FrameVerdict.Refuse(ErrorCode.MalformedJson);
        }
        catch (InvalidOperationException)
        {
            // ValueTextEquals unescapes before comparing and throws on an escaped lone surrogate ("t\uDC00ype",
            // "JOI\uD800N"): text that is not UTF-16 is not a JSON string the relay can read.
            return FrameVerdict.Refuse(ErrorCode.MalformedJson);
        }

        return kind switch
        {
            FrameKind.Signal => FrameVerdict.Signal,
            FrameKind.Join when room is not null => FrameVerdict.Join(room),
            FrameKind.Join => FrameVerdict.Refuse(roomError),
            _ => FrameVerdict.Refuse(typeError),
        };
    }

    private static FrameKind ClassifyType(ref Utf8JsonReader reader, out ErrorCode error)
    {
        error = ErrorCode.None;
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            error = ErrorCode.MalformedJson;
        }
        else if (reader.ValueTextEquals("JOIN"u8))
        {
            return FrameKind.Join;
        }
        else if (reader.ValueTextEquals("SIGNAL"u8))
        {
            return FrameKind.Signal;
        }
        else
        {
            error = reader.ValueTextEquals("PEER_FOUND"u8) || reader.ValueTextEquals("PEER_LEFT"u8)
                || reader.ValueTextEquals("ERROR"u8)
                ? ErrorCode.ForbiddenType
                : ErrorCode.UnknownType;
        }

        return FrameKind.Refused;
    }

    private static string? ReadRoom(ref Utf8JsonReader reader, out ErrorCode error)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.IsEmpty)
        {
            reader.Skip();
            error = ErrorCode.MissingField;
            return null;
        }

        error = ErrorCode.InvalidRoom;
        if (reader.ValueSpan.Length > MaxEscapedRoomBytes)
        {
            return null;
        }

        Span<byte> unescaped = stackalloc byte[MaxEscapedRoomBytes];
        scoped ReadOnlySpan<byte> code;
        try
        {
            code = reader.ValueIsEscaped ? unescaped[..reader.CopyString(unescaped)] : reader.ValueSpan;
        }
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate ("\uD800") has no UTF-8 form, so it is no room code
        }

        if (!RoomCode.IsValid(code))
        {
            return null;
        }

        error = ErrorCode.None;
        return Encoding.ASCII.GetString(code);
    }
}

using System.Collections.Frozen;
using System.Net.WebSockets;
using System.Text.Json;

namespace SecureChat.Relay;

/// <summary>The words and the WebSocket close status that go with each refusal the relay makes.</summary>
internal static class Refusals
{
    private static readonly FrozenDictionary<ErrorCode, string> Messages = new Dictionary<ErrorCode, string>
    {
        [ErrorCode.MalformedJson] = "frame is not a JSON object with a string type",
        [ErrorCode.UnknownType] = "unknown frame type",
        [ErrorCode.MissingField] = "JOIN needs a string room",
        [ErrorCode.FrameTooLarge] = "frame exceeds the relay's size limit",
        [ErrorCode.InvalidRoom] = "room code must match ^[A-Z0-9]{8,16}$",
        [ErrorCode.NotText] = "binary messages are not accepted",
        [ErrorCode.RoomFull] = "room already holds two peers",
        [ErrorCode.AlreadyJoined] = "this connection already joined a room",
        [ErrorCode.NoPeer] = "no peer in the room yet",
        [ErrorCode.NotJoined] = "JOIN a room first",
        [ErrorCode.ForbiddenType] = "only the relay sends this frame type",
        [ErrorCode.Unavailable] = "relay is shutting down",
        [ErrorCode.FrameRateExceeded] = "too many frames too fast",
        [ErrorCode.TooManyConnections] = "too many connections from your address",
        [ErrorCode.JoinTimeout] = "no JOIN in time",
        [ErrorCode.RoomExpired] = "room waited too long for a peer",
        [ErrorCode.RelayFull] = "relay holds too many rooms; try later",
        [ErrorCode.BackplaneUnavailable] = "relay lost its backplane; try later",
    }.ToFrozenDictionary();

    // Built once: refusals are rare, but there is no reason to format the same bytes twice.
    private static readonly FrozenDictionary<ErrorCode, byte[]> Frames =
        Messages.ToFrozenDictionary(pair => pair.Key, pair => Serialize(pair.Key, pair.Value));

    /// <summary>The <c>ERROR{code,message}</c> frame for <paramref name="code"/>.</summary>
    public static byte[] Frame(ErrorCode code) =>
        Frames.TryGetValue(code, out var frame) ? frame : Serialize(code, "refused");

    /// <summary>The short text sent in the close frame; well under the 123-byte limit of a close reason.</summary>
    public static string Message(ErrorCode code) => Messages.GetValueOrDefault(code, "refused");

    /// <summary>The WebSocket close status that fits <paramref name="code"/>.</summary>
    public static WebSocketCloseStatus CloseStatus(ErrorCode code) => code switch
    {
        ErrorCode.FrameTooLarge => WebSocketCloseStatus.MessageTooBig,
        ErrorCode.NotText => WebSocketCloseStatus.InvalidMessageType,
        ErrorCode.Unavailable or ErrorCode.RelayFull or ErrorCode.BackplaneUnavailable => WebSocketCloseStatus.EndpointUnavailable,
        _ => WebSocketCloseStatus.PolicyViolation,
    };

    private static byte[] Serialize(ErrorCode code, string message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "ERROR"u8);
            writer.WriteNumber("code"u8, (int)code);
            writer.WriteString("message"u8, message);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}

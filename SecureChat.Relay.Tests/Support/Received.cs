using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace SecureChat.Relay.Tests.Support;

/// <summary>One message a test client received: a whole text/binary message, or the server's close.</summary>
internal sealed record Received(WebSocketMessageType Type, byte[] Bytes, WebSocketCloseStatus? CloseStatus)
{
    /// <summary>The message as text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The top-level <c>type</c> of a text message.</summary>
    public string? FrameType => Parse().RootElement.GetProperty("type").GetString();

    /// <summary>Parses the message as JSON (the test side may use a DOM; the relay may not).</summary>
    public JsonDocument Parse()
    {
        Assert.Equal(WebSocketMessageType.Text, Type);
        return JsonDocument.Parse(Bytes);
    }
}

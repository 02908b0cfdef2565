using System.Net.WebSockets;
using System.Text;

namespace SecureChat.Relay.Tests.Support;

/// <summary>
/// A raw <see cref="ClientWebSocket"/> with the few moves relay tests need. Every wait is bounded by
/// <see cref="Patience"/>, a safety net only: nothing here waits for time to pass, only for messages.
/// </summary>
internal sealed class RelayClient : IAsyncDisposable
{
    /// <summary>Generous, so that a loaded 2-core machine never fails a test on time alone.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public static Task<RelayClient> ConnectAsync(RunningRelay relay) => ConnectAsync(relay.WebSocketUri);

    public static async Task<RelayClient> ConnectAsync(Uri relay)
    {
        var client = new RelayClient();
        using var patience = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(relay, patience.Token);
        return client;
    }

    public Task JoinAsync(string room) => SendAsync($$"""{"type":"JOIN","room":"{{room}}"}""");

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text,
        bool endOfMessage = true)
    {
        using var patience = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, type, endOfMessage, patience.Token);
    }

    public async Task<Received> ReceiveAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, patience.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new Received(result.MessageType, [], result.CloseStatus);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return new Received(result.MessageType, message.ToArray(), null);
            }
        }
    }

    public async Task<Received> ExpectTypeAsync(string type)
    {
        var received = await ReceiveAsync();
        Assert.Equal(type, received.FrameType);
        return received;
    }

    /// <summary>Expects <c>ERROR{code,message}</c>, then the server's close with <paramref name="status"/>.</summary>
    public async Task ExpectRefusalAsync(ErrorCode code, WebSocketCloseStatus status)
    {
        var received = await ExpectTypeAsync("ERROR");
        using var json = received.Parse();
        Assert.Equal((int)code, json.RootElement.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("message").GetString()));
        await ExpectCloseAsync(status);
    }

    /// <summary>Expects PEER_LEFT, then a normal close.</summary>
    public async Task ExpectPeerLeftAsync()
    {
        await ExpectTypeAsync("PEER_LEFT");
        await ExpectCloseAsync(WebSocketCloseStatus.NormalClosure);
    }

    /// <summary>Expects the server's close frame, then answers it to finish the handshake.</summary>
    public async Task ExpectCloseAsync(WebSocketCloseStatus status)
    {
        var received = await ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Close, received.Type);
        Assert.Equal(status, received.CloseStatus);
        using var patience = new CancellationTokenSource(Patience);
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token);
        Assert.Equal(WebSocketState.Closed, _socket.State);
    }

    /// <summary>Closes from the client side and waits for the relay's answer.</summary>
    public async Task CloseAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", patience.Token);
    }

    /// <summary>Drops the connection without a close handshake, like a crashed client.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Net.WebSockets;

namespace SecureChat.LoadTest;

/// <summary>One client WebSocket to the relay, reading whole text messages into a reusable buffer.</summary>
internal sealed class RelayConnection : IDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();
    private byte[] _buffer;
    private int _length;

    public RelayConnection(int expectedFrameBytes)
    {
        _buffer = new byte[Math.Max(expectedFrameBytes, 1024)];
    }

    /// <summary>The last message <see cref="ReceiveAsync"/> read; valid until the next call.</summary>
    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, _length);

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public Task ConnectAsync(Uri url, CancellationToken cancel) => _socket.ConnectAsync(url, cancel);

    public ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancel) =>
        _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancel);

    /// <summary>Reads one whole message; false when the relay sent a close instead.</summary>
    public async ValueTask<bool> ReceiveAsync(CancellationToken cancel)
    {
        _length = 0;
        while (true)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(_length), cancel).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            _length += result.Count;
            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    /// <summary>Closes politely if the relay answers in time, else aborts. Never throws.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token)
                    .ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            _socket.Abort();
        }
    }

    /// <summary>Sends a close without waiting for the answer, for use while a receive is pending. Never throws.</summary>
    public async Task CloseOutputAsync()
    {
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token)
                    .ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            _socket.Abort();
        }
    }

    public void Dispose() => _socket.Dispose();
}

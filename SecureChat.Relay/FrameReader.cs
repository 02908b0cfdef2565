using System.Buffers;
using System.Net.WebSockets;

namespace SecureChat.Relay;

/// <summary>
/// Receives one whole WebSocket message at a time into a pooled buffer that grows only as needed and never past
/// <c>maxFrameBytes + 1</c>: one byte over the limit is enough to know a message is too large. An idle connection
/// holds no buffer: it waits with a zero-byte receive, and rents only once a message has begun to arrive.
/// </summary>
internal sealed class FrameReader : IDisposable
{
    private const int InitialSize = 4096;

    private readonly WebSocket _socket;
    private readonly int _maxFrameBytes;
    private byte[] _buffer = [];
    private int _length;

    public FrameReader(WebSocket socket, int maxFrameBytes)
    {
        _socket = socket;
        _maxFrameBytes = maxFrameBytes;
    }

    /// <summary>The last text message read; valid until the next <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<byte> Payload => _buffer.AsMemory(0, _length);

    // The pool may hand out more than asked for; the limit, not the array, decides how much is read.
    private int Capacity => Math.Min(_buffer.Length, _maxFrameBytes + 1);

    /// <summary>Reads the next message, or as much of it as it takes to classify it.</summary>
    public async ValueTask<InboundKind> ReadAsync(CancellationToken cancellationToken)
    {
        // The last payload has been handled: its buffer goes back to the pool before the wait for the next message.
        Release();
        while (true)
        {
            // Until the first bytes of a message arrive, receive into nothing: with 10,000 idle connections, a
            // buffer each would be most of the relay's memory. Pings are answered inside ReceiveAsync all the same.
            if (_buffer.Length != 0 && _length == Capacity)
            {
                Grow();
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(_length, Capacity - _length), cancellationToken)
                .ConfigureAwait(false);
            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return InboundKind.Close;
                case WebSocketMessageType.Binary:
                    return InboundKind.Binary;
            }

            _length += result.Count;
            if (_length > _maxFrameBytes)
            {
                return InboundKind.TooLarge;
            }

            if (result.EndOfMessage)
            {
                return InboundKind.Text;
            }

            if (_buffer.Length == 0)
            {
                _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, _maxFrameBytes + 1));
            }
        }
    }

    public void Dispose() => Release();

    private void Release()
    {
        _length = 0;
        if (_buffer.Length != 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Grow()
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxFrameBytes + 1));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}

using System.Buffers;
using System.Net.WebSockets;

namespace SecureChat.Relay;

/// <summary>
/// Receives one whole WebSocket message at a time into a pooled buffer that grows only as needed and never past
/// <c>maxFrameBytes + 1</c>: one byte over the limit is enough to know a message is too large.
/// </summary>
internal sealed class FrameReader : IDisposable
{
    private const int InitialSize = 4096;

    private readonly WebSocket _socket;
    private readonly int _maxFrameBytes;
    private byte[] _buffer;
    private int _length;

    public FrameReader(WebSocket socket, int maxFrameBytes)
    {
        _socket = socket;
        _maxFrameBytes = maxFrameBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, maxFrameBytes + 1));
    }

    /// <summary>The last text message read; valid until the next <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<byte> Payload => _buffer.AsMemory(0, _length);

    // The pool may hand out more than asked for; the limit, not the array, decides how much is read.
    private int Capacity => Math.Min(_buffer.Length, _maxFrameBytes + 1);

    /// <summary>Reads the next message, or as much of it as it takes to classify it.</summary>
    public async ValueTask<InboundKind> ReadAsync(CancellationToken cancellationToken)
    {
        _length = 0;
        while (true)
        {
            if (_length == Capacity)
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
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow()
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxFrameBytes + 1));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}

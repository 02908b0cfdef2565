using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace SecureChat.Relay;

/// <summary>
/// One client's WebSocket as the rest of the relay sees it. Every send goes through one lock, because the partner's
/// forwarding, this connection's own refusals and a relay shutdown can all want to write at the same moment.
/// </summary>
internal sealed class PeerConnection : IAsyncDisposable
{
    private static long s_nextId;

    private readonly WebSocket _socket;
    private readonly RelayOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closeDeadline = new();

    // The send timeout, reused send after send (CancelAfter, then TryReset) so a forwarded frame allocates nothing.
    // Only touched under _sendLock. Replaced only in the rare case that it fired just after a send had finished.
    private CancellationTokenSource? _sendTimeout;
    private ITimer? _closeTimer;
    private volatile bool _closing;

    /// <param name="socket">The accepted WebSocket.</param>
    /// <param name="options">Send and close timeouts.</param>
    /// <param name="time">The clock for those timeouts; <see cref="TimeProvider.System"/> when omitted.</param>
    public PeerConnection(WebSocket socket, RelayOptions options, TimeProvider? time = null)
    {
        _socket = socket;
        _options = options;
        _time = time ?? TimeProvider.System;
        Id = Interlocked.Increment(ref s_nextId);
    }

    /// <summary>A number for logs; it identifies the connection without revealing anything about it.</summary>
    public long Id { get; }

    /// <summary>The socket, for the receive loop only; sends must go through this class.</summary>
    public WebSocket Socket => _socket;

    /// <summary>Whether the relay has closed (or given up on) this connection: it takes no more frames.</summary>
    public bool IsClosing => _closing;

    /// <summary>Cancelled when a client fails to answer the relay's close in time; ends the receive loop.</summary>
    public CancellationToken CloseDeadline => _closeDeadline.Token;

    /// <summary>Sends one text frame, after any send in progress. False if the connection is closing or broke.</summary>
    public Task<bool> SendAsync(ReadOnlyMemory<byte> frame) =>
        SendWhenAsync(static _ => true, (object?)null, frame).AsTask();

    /// <summary>
    /// Runs <paramref name="decide"/> while holding this connection's sends, then sends <paramref name="frame"/> if it
    /// returned true: nothing else can reach the client between the decision and the frame.
    /// </summary>
    public Task<bool> SendWhenAsync(Func<bool> decide, ReadOnlyMemory<byte> frame) =>
        SendWhenAsync(static decide => decide(), decide, frame).AsTask();

    /// <summary>
    /// Forwards a partner's SIGNAL unless this connection is going (then the frame is dropped: its PEER_LEFT follows).
    /// Counted in <paramref name="metrics"/> under the send lock, before the write, so a scrape after the client has
    /// the frame always includes it. Allocates nothing when the socket takes the frame at once.
    /// </summary>
    public ValueTask<bool> ForwardAsync(ReadOnlyMemory<byte> frame, RelayMetrics metrics) =>
        SendWhenAsync(static forward =>
            {
                if (forward.Connection.IsClosing)
                {
                    return false;
                }

                forward.Metrics.Forwarded(forward.Length);
                return true;
            },
            new Forward(this, metrics, frame.Length), frame);

    /// <summary>
    /// As <see cref="SendWhenAsync(Func{bool}, ReadOnlyMemory{byte})"/>, with the decision's state passed in rather
    /// than captured, so that a static lambda and a struct state make the whole send allocation-free.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> SendWhenAsync<TState>(Func<TState, bool> decide, TState state,
        ReadOnlyMemory<byte> frame)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            return decide(state) && !_closing && await SendUnlockedAsync(frame).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends <paramref name="lastFrame"/> (if any) and a close frame, then gives the client
    /// <see cref="RelayOptions.CloseTimeout"/> to answer. Only the first call does anything; it returns true, and
    /// runs <paramref name="ending"/> before anything is sent (so logs and metrics are written before the client can
    /// see the close).
    /// </summary>
    public async Task<bool> EndAsync(ReadOnlyMemory<byte> lastFrame, WebSocketCloseStatus status, string reason,
        Action? ending = null)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closing)
            {
                return false;
            }

            ending?.Invoke();

            if (!lastFrame.IsEmpty)
            {
                await SendUnlockedAsync(lastFrame).ConfigureAwait(false);
            }

            _closing = true;
            using var timeout = new CancellationTokenSource(_options.SendTimeout, _time);
            try
            {
                await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsConnectionFailure(e))
            {
                // The connection is already gone; the deadline below still ends the receive loop.
            }

            _closeTimer = _time.CreateTimer(static deadline => CancelQuietly((CancellationTokenSource)deadline!),
                _closeDeadline, _options.CloseTimeout, Timeout.InfiniteTimeSpan);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection at once, without a close handshake: for peers that outstay a shutdown.</summary>
    public void Abort()
    {
        _closing = true;
        _socket.Abort();
    }

    /// <summary>Marks the connection closed for good and releases its timer; later sends are no-ops.</summary>
    public async ValueTask DisposeAsync()
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            _closing = true;
            _closeTimer?.Dispose();
            _closeDeadline.Dispose();
            _sendTimeout?.Dispose();
            _sendTimeout = null;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> SendUnlockedAsync(ReadOnlyMemory<byte> frame)
    {
        // Cancelling a WebSocket send aborts the socket: a client that stops reading is dropped, not waited for.
        var timeout = _sendTimeout ??= new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        timeout.CancelAfter(_options.SendTimeout);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, timeout.Token)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (IsConnectionFailure(e))
        {
            _closing = true;
            return false;
        }
        finally
        {
            // Disarms the timeout for the next send; false only if it fired meanwhile, and then it is not reusable.
            if (!timeout.TryReset())
            {
                timeout.Dispose();
                _sendTimeout = null;
            }
        }
    }

    private static void CancelQuietly(CancellationTokenSource deadline)
    {
        try
        {
            deadline.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended (and was disposed) just as its deadline came: nothing left to cancel.
        }
    }

    private static bool IsConnectionFailure(Exception e) =>
        e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException;

    private readonly record struct Forward(PeerConnection Connection, RelayMetrics Metrics, int Length);
}

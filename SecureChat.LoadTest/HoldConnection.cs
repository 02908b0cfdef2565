using System.Net.WebSockets;
using System.Text;

namespace SecureChat.LoadTest;

/// <summary>
/// One idle, joined connection in hold mode. It keeps a receive pending the whole time, so the client answers the
/// relay's keep-alive pings, and notes PEER_FOUND and anything that ends the connection.
/// </summary>
internal sealed class HoldConnection : IDisposable
{
    private readonly RelayConnection _connection = new(256);
    private readonly TaskCompletionSource<bool> _paired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _ended;

    /// <summary>Completes true on PEER_FOUND, false if the connection ended first.</summary>
    public Task<bool> Paired => _paired.Task;

    public bool IsOpen => !_ended && _connection.IsOpen;

    /// <summary>Why the connection ended, if it did, for the report's first error.</summary>
    public string? EndReason { get; private set; }

    public async Task JoinAsync(Uri url, string room, CancellationToken cancel)
    {
        await _connection.ConnectAsync(url, cancel).ConfigureAwait(false);
        var join = Encoding.UTF8.GetBytes($$"""{"type":"JOIN","room":"{{room}}"}""");
        await _connection.SendAsync(join, cancel).ConfigureAwait(false);
    }

    /// <summary>Receives until the connection ends; never throws.</summary>
    public async Task ListenAsync(CancellationToken cancel)
    {
        try
        {
            while (await _connection.ReceiveAsync(cancel).ConfigureAwait(false))
            {
                var kind = InboundFrame.Classify(_connection.Message, out _);
                if (kind == InboundKind.PeerFound && _paired.TrySetResult(true))
                {
                    continue;
                }

                End($"unexpected {kind}");
                return;
            }

            End("closed by the relay");
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException
                                      or ObjectDisposedException)
        {
            End(e.GetType().Name);
        }
    }

    public Task CloseOutputAsync() => _connection.CloseOutputAsync();

    public void Dispose() => _connection.Dispose();

    private void End(string reason)
    {
        EndReason ??= reason;
        _ended = true;
        _paired.TrySetResult(false);
    }
}

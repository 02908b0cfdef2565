namespace SecureChat.Relay;

/// <summary>
/// The WebSocket connections currently open, so that shutdown can wait for them to end and cut off the ones that
/// outstay the grace period, and so that metrics can count them.
/// </summary>
internal sealed class OpenConnections
{
    private readonly Lock _gate = new();
    private readonly HashSet<PeerConnection> _open = [];
    private TaskCompletionSource? _empty;

    /// <summary>How many connections are open.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    public void Add(PeerConnection connection)
    {
        lock (_gate)
        {
            _open.Add(connection);
        }
    }

    public void Remove(PeerConnection connection)
    {
        TaskCompletionSource? empty = null;
        lock (_gate)
        {
            if (_open.Remove(connection) && _open.Count == 0)
            {
                (empty, _empty) = (_empty, null);
            }
        }

        empty?.TrySetResult();
    }

    /// <summary>Completes once no connection is open (at once if none is).</summary>
    public Task WhenEmptyAsync()
    {
        lock (_gate)
        {
            if (_open.Count == 0)
            {
                return Task.CompletedTask;
            }

            _empty ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _empty.Task;
        }
    }

    /// <summary>Aborts every open connection; returns how many there were.</summary>
    public int AbortAll()
    {
        PeerConnection[] open;
        lock (_gate)
        {
            open = [.. _open];
        }

        foreach (var connection in open)
        {
            connection.Abort();
        }

        return open.Length;
    }
}
